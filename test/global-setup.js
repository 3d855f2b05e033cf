import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CONSOLE_BUILT = 'dist/console/index.html';
const CONSOLE_SOURCES = ['apps/console', 'libs/reference/src/uscc.ts'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

export default function globalSetup() {
  // Marks this test run, so each worker knows whether the template database is from this run.
  process.env.LANDSEA_TEST_RUN = `${Date.now()}-${process.pid}`;
  // The node in the console specs serves the built console: build it once, before any worker starts, when a source is newer.
  if (!existsSync(CONSOLE_BUILT) || statSync(CONSOLE_BUILT).mtimeMs <= Math.max(...CONSOLE_SOURCES.map(newest))) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/console/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
}
