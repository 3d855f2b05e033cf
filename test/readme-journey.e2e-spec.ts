import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestNode } from '@landsea/testing';
import { startNode } from './support/node.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The shell blocks of the README's journey walkthrough that a user pastes into the third terminal. */
function walkthrough(): string {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const section = readme.slice(readme.indexOf('## The corridor journey, end to end'), readme.indexOf('## Commands'));
  const pasted = section.slice(section.indexOf('paste the blocks in order'));
  return [...pasted.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
}

/** The README's journey, pasted as written into bash against two nodes: the examples must run. */
describe('the README journey walkthrough', () => {
  let chongqing: TestNode;
  let guangxi: TestNode;
  beforeAll(async () => {
    chongqing = await startNode({}, { listen: true });
    guangxi = await startNode({ NODE_PROVINCE: 'GX' }, { listen: true, database: 'gx_readme' });
  });
  afterAll(async () => {
    await guangxi?.close();
    await chongqing?.close();
  });

  it('runs as written and prints what its comments say', async () => {
    const script = walkthrough()
      .replace('C=http://127.0.0.1:3000; G=http://127.0.0.1:3001', `C=${chongqing.env.PUBLIC_BASE_URL}; G=${guangxi.env.PUBLIC_BASE_URL}`)
      .replaceAll('operator@landsea.local Operator-Password-2026', `${chongqing.env.NODE_OPERATOR_EMAIL} ${chongqing.env.NODE_OPERATOR_PASSWORD}`);
    const { stdout, stderr } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], { cwd: root, timeout: 90_000 });
    const printed = `${stdout}\n${stderr}`;
    for (const expected of [
      '2 lines, 0 problems',
      'CERTIFICATE_OF_ORIGIN RCEP: RCEP certificate of origin application',
      'SUBMITTED to 8001',
      'RELEASED',
      'HELD RAIL CNCQI→CNQZH, SEA CNQZH→THLCH',
      'TGHU8765436, MSKU1234565',
      'PLEDGED USCC:91500106MA60JRN5X5',
      'HELD TH:0105562041871',
      'SUBMITTED to 7211',
      'CARGO_MANIFEST SUBMITTED',
      'CQ HELD valid=true entries=5',
      'ACCOMPLISHED USCC:91500000MA5U9G3H7E',
      'CQ ACCOMPLISHED valid=true',
      'bills.issued bills.pledged bills.pledge_released bills.transferred bills.transfer_accepted',
      '7 entries',
    ]) {
      expect(printed).toContain(expected);
    }
    expect(printed).not.toMatch(/undefined|null\n|"statusCode"/);
  }, 120_000);
});
