import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@landsea/config';
import { withDatabase } from '@landsea/database';
import { CorridorJourney, type JourneyReport, type JourneyStep, type NodeAccess } from '@landsea/journey';
import { ensureServices, isReady, type NodeProcess, startNodeProcess } from '@landsea/platform';

// `npm run demo [-- --keep]`: the corridor journey against a Chongqing and a Guangxi node. It uses
// the nodes at DEMO_CQ_URL and DEMO_GX_URL when they answer, and starts local ones where they don't.

const DEFAULT_OPERATOR_PASSWORD = 'Demo-Operator-2026';
const env = process.env;
const keep = process.argv.includes('--keep');
const operator = { email: env.DEMO_OPERATOR_EMAIL ?? 'operator@landsea.local', password: env.DEMO_OPERATOR_PASSWORD ?? DEFAULT_OPERATOR_PASSWORD };
const nodes = [
  { province: 'CQ', url: env.DEMO_CQ_URL ?? 'http://127.0.0.1:3100' },
  { province: 'GX', url: env.DEMO_GX_URL ?? 'http://127.0.0.1:3101' },
] as const;

const out = (line = ''): boolean => process.stdout.write(`${line}\n`);

/** Starts a node for a province on its own database and Redis prefix, reusing them from an earlier demo. */
async function startLocal(province: string, url: string, services: { DATABASE_URL: string; REDIS_URL: string }): Promise<NodeProcess> {
  const { port, hostname } = new URL(url);
  if (!['127.0.0.1', 'localhost'].includes(hostname)) throw new Error(`Nothing answers at ${url}, and the demo starts nodes on this machine only`);
  out(`Starting a ${province} node at ${url} (database landsea_demo_${province.toLowerCase()})`);
  return startNodeProcess(fileURLToPath(new URL('./main.js', import.meta.url)), {
    NODE_PROVINCE: province,
    PORT: port,
    PUBLIC_BASE_URL: url,
    DATABASE_URL: withDatabase(services.DATABASE_URL, `landsea_demo_${province.toLowerCase()}`),
    REDIS_URL: services.REDIS_URL,
    REDIS_PREFIX: `landsea-demo-${province.toLowerCase()}`,
    NODE_OPERATOR_EMAIL: operator.email,
    NODE_OPERATOR_PASSWORD: operator.password,
    MIGRATE_ON_START: 'true',
    LOG_LEVEL: 'warn',
  });
}

function printReport(report: JourneyReport): void {
  out();
  out('一键跟踪: the dossier timeline at Chongqing');
  for (const line of report.timeline) out(`  ${line.at.slice(11, 23)}  ${line.kind.padEnd(18)} ${line.summary.en}`);
  out();
  const { reuse } = report;
  out('一次提交，多次复用: entered once, reused many times');
  out(`  dossier fields entered once          ${reuse.keyedOnce} (${reuse.fromSpreadsheets} values read off the uploaded spreadsheets)`);
  out(`  filing fields filled at Chongqing    ${reuse.filledAtChongqing} in ${report.dossier.filings.length} filings`);
  out(`  filing fields filled at Guangxi      ${reuse.filledAtGuangxi} in the Qinzhou sea manifest`);
  out(`  fields still keyed in filings        ${reuse.keyedInFilings} (origin criteria, producer, Thai tariff codes)`);
  out(`  reuse ratio                          ${reuse.ratio} filing fields per field entered`);
  out();
  out(`Bill ${report.bill.number}: ${report.bill.states.join(' → ')}`);
  out(`Verified at Guangxi with Chongqing's keys: ${report.bill.verifiedAtGuangxi.valid ? 'valid' : 'INVALID'}, ${report.bill.verifiedAtGuangxi.entries} signed entries`);
}

const started: NodeProcess[] = [];
// Chongqing (the sender) stops first: stopped together, its last deliveries to a Guangxi already gone
// failed and sat in the reused Redis queue as delayed retries that held up the next demo's deliveries.
const stopAll = async () => {
  for (const node of started) await node.stop();
};
try {
  const missing = [];
  for (const node of nodes) if (!(await isReady(node.url))) missing.push(node);
  if (missing.length > 0) {
    const services = await ensureServices(loadConfig({ ...env, LOG_LEVEL: 'warn' }), out);
    for (const node of missing) started.push(await startLocal(node.province, node.url, services));
  }
  const access = (url: string): NodeAccess => ({ baseUrl: url, operator });
  const workbook = (name: string) => new Uint8Array(readFileSync(`examples/corridor/${name}`));
  out(`Chongqing node ${nodes[0].url}, Guangxi node ${nodes[1].url}`);
  out();
  const report = await new CorridorJourney({
    chongqing: access(nodes[0].url),
    guangxi: access(nodes[1].url),
    workbooks: { invoice: workbook('invoice.xlsx'), packingList: workbook('packing-list.xlsx') },
    say: (s: JourneyStep) => out(`  ${s.stage}. [${s.node}] ${s.who}: ${s.did} → ${s.result}`),
  }).run();
  printReport(report);
  if (keep && started.length > 0) {
    out();
    out(`The nodes keep serving (API docs at ${nodes[0].url}/docs and ${nodes[1].url}/docs); Ctrl-C stops them.`);
    process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
  } else {
    await stopAll();
  }
} catch (error) {
  const message = (error as Error).message;
  const hint = message.includes('/oauth/token') ? ' (give the nodes’ operator sign-in as DEMO_OPERATOR_EMAIL and DEMO_OPERATOR_PASSWORD)' : '';
  process.stderr.write(`The demo stopped: ${message}${hint}\n`);
  await stopAll();
  process.exit(1);
}
