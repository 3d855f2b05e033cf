import { readFileSync } from 'node:fs';
import { CorridorJourney, eventually, type NodeAccess } from '@landsea/journey';
import type { TestNode } from '@landsea/testing';
import { startNode } from './support/node.js';

const access = (node: TestNode): NodeAccess => ({
  baseUrl: node.env.PUBLIC_BASE_URL,
  operator: { email: node.env.NODE_OPERATOR_EMAIL, password: node.env.NODE_OPERATOR_PASSWORD },
});
const workbook = (name: string) => new Uint8Array(readFileSync(new URL(`../examples/corridor/${name}`, import.meta.url)));

/** `npm run demo` that cannot finish says why, from the sending node's own records, not only that it waited. */
describe('a corridor journey whose deliveries do not arrive', () => {
  let chongqing: TestNode;
  let guangxi: TestNode;
  beforeAll(async () => {
    chongqing = await startNode({ QUEUE_ATTEMPTS: '1' }, { listen: true, database: 'trouble_cq' });
    // Guangxi takes one record per envelope, so Chongqing's batches are refused whole.
    guangxi = await startNode(
      { NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.landsea.test', EXCHANGE_MAX_RECORDS: '1', EXCHANGE_BATCH_RECORDS: '1' },
      { listen: true, database: 'trouble_gx' },
    );
  }, 60_000);
  afterAll(async () => {
    await guangxi?.close();
    await chongqing?.close();
  });

  it('names the refused delivery and the dead letter it left', async () => {
    const journey = new CorridorJourney({
      chongqing: access(chongqing),
      guangxi: access(guangxi),
      workbooks: { invoice: workbook('invoice.xlsx'), packingList: workbook('packing-list.xlsx') },
      patienceMs: 5_000,
    });
    await expect(journey.run()).rejects.toThrow(
      // A refused envelope is dead-lettered at once while later ones go on, so the latest delivery may be a later, accepted one: the dead letter says why.
      /^Waited 5000 ms for .+; Chongqing's latest delivery to Guangxi: [A-Z]+ \(.*\); dead letters waiting at Chongqing's \/ops\/dead-letters: .*refused envelope .*ENVELOPE_TOO_MANY_RECORDS/,
    );
  }, 120_000);

  it('says only that it waited when nobody can say why', async () => {
    await expect(eventually('nothing', async () => undefined, 10)).rejects.toThrow(/^Waited 10 ms for nothing$/);
    await expect(eventually('nothing', async () => undefined, 10, async () => { throw new Error('node down'); })).rejects.toThrow('Waited 10 ms for nothing; and could not ask why: node down');
  });
});
