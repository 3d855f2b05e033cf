import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import request from 'supertest';
import { type NodeProcess, startNodeProcess } from '@landsea/platform';
import { baseTestEnv, deleteKeys, freePort, separateDatabase, type TestNode, workerServices } from '@landsea/testing';
import { NODE_DEFINITION } from '../../apps/node/src/node.definition.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = join(root, 'dist/apps/node/apps/node/src/main.js');

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return Math.max(newest, newestSource(path));
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? Math.max(newest, statSync(path).mtimeMs) : newest;
  }, 0);
}

/**
 * The built node, built again when a source is newer. A crash test needs a node in an OS process
 * of its own, and Jest's in-process transpiler cannot serve one; a TypeScript loader for plain
 * node is not among the dependencies, while `nest build node` (as `npm start` runs it) takes
 * seconds and is skipped when dist is current, so only runs after a change pay for it.
 */
async function builtNode(): Promise<string> {
  const built = statSync(main, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (Math.max(...['apps/node/src', 'libs', 'migrations'].map((dir) => newestSource(join(root, dir)))) > built) {
    await promisify(execFile)(join(root, 'node_modules/.bin/nest'), ['build', 'node'], { cwd: root, timeout: 120_000 });
  }
  return main;
}

/** Runs one of the node's command-line scripts (`verify-bill`, …) as `npm run` would, built as above. */
export async function runNodeScript(script: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  await builtNode();
  return new Promise((resolve) => {
    execFile(process.execPath, [join(dirname(main), `${script}.js`), ...args], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A node in a process of its own, which a test can kill like a crash and start again on the same database and Redis keys. */
export interface ProcessNode extends Pick<TestNode, 'env' | 'operatorToken'> {
  /** Its base URL: pass to supertest, `request(node.server)`. */
  readonly server: string;
  kill(): Promise<void>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startProcessNode(env: Record<string, string>, database: string): Promise<ProcessNode> {
  const services = await workerServices(NODE_DEFINITION);
  const port = await freePort();
  const nodeEnv: Record<string, string> = {
    ...baseTestEnv(),
    ...services,
    REDIS_PREFIX: `landsea-test-${randomUUID().slice(0, 8)}`,
    PORT: String(port),
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...env,
  };
  nodeEnv.DATABASE_URL = await separateDatabase(NODE_DEFINITION, database, nodeEnv);
  const entry = await builtNode();
  let running: NodeProcess = await startNodeProcess(entry, nodeEnv);
  return {
    server: running.url,
    env: nodeEnv,
    async operatorToken() {
      const res = await request(running.url)
        .post('/oauth/token')
        .type('form')
        .send({ grant_type: 'password', username: nodeEnv.NODE_OPERATOR_EMAIL, password: nodeEnv.NODE_OPERATOR_PASSWORD });
      if (res.status !== 200) throw new Error(`operator sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.access_token as string;
    },
    kill: () => running.kill(),
    async restart() {
      running = await startNodeProcess(entry, nodeEnv);
    },
    async close() {
      await running.stop();
      await deleteKeys(services.REDIS_URL, nodeEnv.REDIS_PREFIX);
    },
  };
}
