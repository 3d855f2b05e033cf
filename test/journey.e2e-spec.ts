import { readFileSync } from 'node:fs';
import { CorridorJourney, type JourneyReport, type NodeAccess } from '@landsea/journey';
import type { TestNode } from '@landsea/testing';
import { startNode } from './support/node.js';

const access = (node: TestNode): NodeAccess => ({
  baseUrl: node.env.PUBLIC_BASE_URL,
  operator: { email: node.env.NODE_OPERATOR_EMAIL, password: node.env.NODE_OPERATOR_PASSWORD },
});
const workbook = (name: string) => new Uint8Array(readFileSync(new URL(`../examples/corridor/${name}`, import.meta.url)));

/**
 * The corridor's reference shipment from registration to delivery, across a Chongqing node and a
 * Guangxi node, through nothing but their public HTTP APIs: what `npm run demo` shows.
 */
describe('the corridor journey, Chongqing to Laem Chabang by rail and sea, end to end', () => {
  let chongqing: TestNode;
  let guangxi: TestNode;
  let report: JourneyReport;
  beforeAll(async () => {
    chongqing = await startNode({}, { listen: true });
    guangxi = await startNode({ NODE_PROVINCE: 'GX', NODE_OPERATOR_EMAIL: 'operator@gx.landsea.test' }, { listen: true, database: 'gx_journey' });
    report = await new CorridorJourney({
      chongqing: access(chongqing),
      guangxi: access(guangxi),
      workbooks: { invoice: workbook('invoice.xlsx'), packingList: workbook('packing-list.xlsx') },
    }).run();
  }, 120_000);
  afterAll(async () => {
    await guangxi?.close();
    await chongqing?.close();
  });

  it('reads the exporter’s own spreadsheets and derives every filing from the one dossier', () => {
    expect(report.imported).toEqual({ invoiceLines: 2, packingLines: 2, problems: 0 });
    expect(report.dossier).toMatchObject({ status: 'READY', errors: 0 });
    expect([...report.dossier.filings].sort()).toEqual([
      'CARGO_MANIFEST:leg-1',
      'CARGO_MANIFEST:leg-2',
      'CERTIFICATE_OF_ORIGIN:RCEP',
      'CN_EXPORT_DECLARATION:main',
      'TH_IMPORT_DECLARATION:main',
    ]);
  });

  it('has the export declaration accepted and released by Chongqing customs', () => {
    expect(report.exportDeclaration).toMatchObject({ addressedTo: '8001', statuses: ['SUBMITTED', 'ACCEPTED', 'RELEASED'] });
  });

  it('issues one bill for rail and sea, exports it to DCSA container by container, and it is pledged, released, endorsed to the Thai buyer and accomplished on surrender', () => {
    expect(report.bill.legs).toEqual(['RAIL CNCQI→CNQZH', 'SEA CNQZH→THLCH']);
    expect(report.bill.dcsaCargo).toEqual([['TGHU8765436'], ['MSKU1234565']]);
    expect(report.bill.states).toEqual(['HELD', 'PLEDGED', 'HELD', 'TRANSFER_PENDING', 'HELD', 'SURRENDER_PENDING', 'ACCOMPLISHED']);
  });

  it('lets Qinzhou’s port file the sea manifest at Guangxi without keying, and verifies the bill there with Chongqing’s keys', () => {
    expect(report.guangxi.manifest).toEqual({ id: expect.any(String), status: 'SUBMITTED', addressedTo: '7211', loadingPlace: 'CNQZH', inQinzhouInbox: true });
    expect(report.guangxi.reuse.filledFromDossier).toBeGreaterThan(0);
    expect(report.bill.verifiedAtGuangxi).toEqual({ node: 'CQ', valid: true, state: 'ACCOMPLISHED', entries: 7 });
  });

  it('shows the whole journey in order on the Chongqing timeline, with the deliveries to Guangxi', () => {
    const kinds = report.timeline.map((l) => `${l.kind}${l.ref.action ? `:${String(l.ref.action)}` : ''}`);
    const order = ['DOSSIER_VERSION', 'FILINGS_DERIVED', 'FILING_SUBMITTED', 'RECEIPT', 'BILL_EVENT:ISSUE', 'BILL_EVENT:PLEDGE', 'BILL_EVENT:ACCEPT_SURRENDER'];
    const positions = order.map((k) => kinds.indexOf(k));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(kinds.filter((k) => k === 'EXCHANGE_DELIVERY').length).toBeGreaterThanOrEqual(2);
    expect(report.timeline.map((l) => l.at)).toEqual([...report.timeline.map((l) => l.at)].sort());
  });

  it('keys each field once and fills it many times over', () => {
    const { keyedOnce, fromSpreadsheets, keyedInFilings, filledAtChongqing, filledAtGuangxi, ratio } = report.reuse;
    // 82 dossier fields fill 211 filing fields at Chongqing and the manifest's at Guangxi; only
    // the origin criteria, the producer and the Thai tariff codes are left to key in filings.
    expect(keyedOnce).toBe(82);
    expect(fromSpreadsheets).toBe(38);
    expect(keyedInFilings).toBe(5);
    expect(filledAtChongqing).toBe(211);
    expect(filledAtGuangxi).toBeGreaterThan(20);
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeCloseTo((filledAtChongqing + filledAtGuangxi) / keyedOnce, 2);
  });
});
