// `npm run fuzz -- --requests 40000 --seed N`: the e2e fuzzer of every write route (test/fuzz.e2e-spec.ts),
// as long as asked. Prints one JSON summary line; the findings, if any, go to stderr and the exit code is 1.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const requests = option('requests', '40000');
const seed = option('seed', String(randomInt(2 ** 31)));
if (!/^\d+$/.test(requests) || !/^\d+$/.test(seed)) {
  console.error('usage: npm run fuzz -- [--requests N] [--seed N]');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const jest = spawnSync(
  process.execPath,
  ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', 'test/fuzz.e2e-spec.ts', '--silent'],
  { cwd: root, env: { ...process.env, FUZZ_REQUESTS: requests, FUZZ_SEED: seed }, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' },
);
if (jest.status !== 0) process.stderr.write(jest.stderr);
process.exit(jest.status ?? 1);
