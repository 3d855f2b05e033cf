import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import request from 'supertest';
import { type NodeProcess, startNodeProcess } from '@landsea/platform';
import { baseTestEnv, deleteKeys, freePort, separateDatabase, type TestNode, workerServices } from '@landsea/testing';
import { NODE_DEFINITION } from '../../apps/node/src/node.definition.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The built node, built again when a source is newer (as `npm start` does). A crash test needs a
 * node in an OS process of its own, and Jest's in-process transpiler cannot serve one.
 */
async function builtNode(): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'scripts/run-built.mjs'), '--build'], { cwd: root, timeout: 180_000 });
  return stdout.trim();
}

/** Runs one of the node's command-line scripts (`verify-bill`, …) as `npm run` would, built as above. */
export async function runNodeScript(script: string, args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const main = await builtNode();
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
