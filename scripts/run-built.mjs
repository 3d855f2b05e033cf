// `node scripts/run-built.mjs <entry> [args…]`: runs one of the node app's entry points
// (main, demo, migrate, operator, verify-bill, sample, bench) from dist, building it first only
// when a source is newer than the build. So `npm run verify-bill` answers at once on a built
// tree, and no script or README line names the build's output path. `--build` only builds
// (when stale) and prints the path of main.js, for tests that start a node as a process.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL, URL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const [entry, ...args] = process.argv.slice(2);
const ENTRIES = { bench: 'bench/run.js' };
if (!entry) {
  console.error('usage: node scripts/run-built.mjs <main | demo | migrate | operator | verify-bill | sample | bench> [args…]');
  process.exit(2);
}
const built = join(root, 'dist/apps/node', ENTRIES[entry] ?? `apps/node/src/${entry === '--build' ? 'main' : entry}.js`);

function newest(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return item.name === 'node_modules' ? latest : Math.max(latest, newest(path));
    return /(?<!\.spec)\.ts$|\.json$/.test(item.name) ? Math.max(latest, statSync(path).mtimeMs) : latest;
  }, 0);
}

function stale() {
  const builtAt = statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = ['apps/node', 'libs', 'migrations', 'bench', 'examples'].map((dir) => newest(join(root, dir)));
  return Math.max(...sources, statSync(join(root, 'tsconfig.json')).mtimeMs) > builtAt;
}

// One build at a time: two test workers (or a test and `npm start`) may ask at once, and
// `nest build` empties dist first. A lock left by a killed build is taken over after 5 minutes.
const lock = join(root, '.landsea/build.lock');
mkdirSync(dirname(lock), { recursive: true });
for (;;) {
  try {
    closeSync(openSync(lock, 'wx'));
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000) rmSync(lock, { force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    continue;
  }
  try {
    if (stale()) {
      console.error('Building the node (sources changed since the last build)…');
      execFileSync(join(root, 'node_modules/.bin/nest'), ['build', 'node'], { cwd: root, stdio: ['ignore', 2, 2] });
    }
  } finally {
    rmSync(lock, { force: true });
  }
  break;
}
if (entry === '--build') {
  console.log(built);
} else {
  process.argv = [process.argv[0], built, ...args];
  await import(pathToFileURL(built).href);
}
