import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestNode } from '@landsea/testing';
import { startNode } from './support/node.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** A ```sh block of the README, with the reason it is not run when an HTML comment just above says so. */
interface Block {
  readonly line: number;
  readonly code: string;
  readonly skip?: string;
}

export function shellBlocks(readme: string): Block[] {
  return [...readme.matchAll(/(?:<!-- readme-test: skip: (.+?) -->\n)?```sh\n([\s\S]*?)```/g)].map((m) => ({
    line: readme.slice(0, m.index).split('\n').length,
    code: m[2],
    skip: m[1],
  }));
}

/**
 * Every shell block of the README, pasted in order into bash (stopping at the first failure) as a
 * reader would, against a Chongqing and a Guangxi node where the README expects them at ports 3000
 * and 3001; then all of it again on the same nodes, as a reader who comes back would.
 */
describe('the README', () => {
  const blocks = shellBlocks(readFileSync(`${root}README.md`, 'utf8'));
  let chongqing: TestNode;
  let guangxi: TestNode;
  // The sharing section sends to Guangxi before Guangxi trusts Chongqing, as a reader would: the
  // refused deliveries open the circuit. Short retry delays keep the wait for it to close short.
  const settings = {
    NODE_OPERATOR_EMAIL: 'operator@landsea.local',
    NODE_OPERATOR_PASSWORD: 'Operator-Password-2026',
    QUEUE_BACKOFF_MS: '200',
    EXCHANGE_BREAKER_OPEN_MS: '1000',
  };
  beforeAll(async () => {
    // The blocks call `npm run sample`, `operator` and `verify-bill`: build once, here, when stale.
    await run(process.execPath, ['scripts/run-built.mjs', '--build'], { cwd: root, timeout: 180_000 });
    chongqing = await startNode(settings, { listen: true, database: 'readme_cq' });
    guangxi = await startNode({ ...settings, NODE_PROVINCE: 'GX' }, { listen: true, database: 'readme_gx' });
  }, 240_000);
  afterAll(async () => {
    await guangxi?.close();
    await chongqing?.close();
  });

  it('marks only blocks that serve, install or need Docker as not run, each with its reason', () => {
    const skipped = blocks.filter((b) => b.skip);
    expect(skipped.map((b) => b.code.split('\n')[0])).toEqual([
      expect.stringMatching(/^npm install && npm start/),
      "NODE_OPERATOR_PASSWORD='Operator-Password-2026' npm start",
      'npm run demo',
      "NODE_OPERATOR_PASSWORD='Operator-Password-2026' npm start",
      expect.stringMatching(/^NODE_PROVINCE=GX PORT=3001 .* \\$/),
      expect.stringMatching(/^docker compose up/),
    ]);
    for (const block of skipped) expect(block.skip).toMatch(/\w{3,} .*\w{3,}/);
    expect(blocks.length - skipped.length).toBeGreaterThanOrEqual(15);
  });

  it('runs every other block as written, twice in a row on the same nodes', async () => {
    const script = blocks
      .filter((b) => !b.skip)
      .map((b) => `echo '--- README.md:${b.line}' >&2\n${b.code}`)
      .join('\n')
      .replaceAll('http://127.0.0.1:3000', chongqing.env.PUBLIC_BASE_URL)
      .replaceAll('http://127.0.0.1:3001', guangxi.env.PUBLIC_BASE_URL);
    // The reset block writes to the node's database, as it would beside a real node.
    const env = { ...process.env, ...chongqing.env, LOG_LEVEL: 'info' };
    for (const pass of [1, 2]) {
      const { stdout, stderr } = await run('bash', ['-euo', 'pipefail', '-c', script], { cwd: root, env, timeout: 100_000 }).catch((error: { stdout: string; stderr: string }) => {
        throw new Error(`pass ${pass} failed:\n${error.stderr.slice(-3000)}\n${error.stdout.slice(-1500)}`);
      });
      const printed = `${stdout}\n${stderr}`;
      for (const expected of [
        /"status":"ready"/,
        /registered 91500000\w{10} as [0-9a-f-]{36}/,
        /^APPROVED$/m,
        /^USCC:91500000\w{10} ORG_ADMIN approved=true$/m,
        /^China export goods declaration$/m,
        /1 line\(s\) read, 0 problem\(s\)/,
        /^SUMMARY_SUBMITTED \d{4}-\d\d-\d\d$/m,
        /^SUMMARY_ACCEPTED/m,
        /^ACCEPTED \d{4}-\d\d-\d\d$/m,
        /^PLEDGED USCC:91500000\w{10}$/m,
        /^BILL_PLEDGED$/m,
        /^ACCOMPLISHED USCC:91500000\w{10}$/m,
        /✓ 7 entries verify/,
        '2 lines, 0 problems',
        'CERTIFICATE_OF_ORIGIN RCEP: RCEP certificate of origin application',
        'SUBMITTED to 8001',
        'RELEASED',
        'HELD RAIL CNCQI→CNQZH, SEA CNQZH→THLCH',
        /^HELD TH:010\d{10}$/m,
        'SUBMITTED to 7211',
        'CARGO_MANIFEST SUBMITTED',
        'CQ HELD valid=true entries=5',
        /^ACCOMPLISHED USCC:91500000\w{10}$/m,
        'CQ ACCOMPLISHED valid=true',
      ]) {
        expect(printed).toMatch(expected);
      }
      expect(printed).not.toMatch(/undefined|null\n|✗/);
    }
  }, 240_000);
});
