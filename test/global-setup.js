// Marks this test run, so each worker knows whether the template database is from this run.
export default function globalSetup() {
  process.env.LANDSEA_TEST_RUN = `${Date.now()}-${process.pid}`;
}
