import 'reflect-metadata';
import { authBench } from './auth.bench.js';
import { billsBench } from './bills.bench.js';
import { consoleBench } from './console.bench.js';
import { dossierBench } from './dossier.bench.js';
import { exchangeBench } from './exchange.bench.js';
import { outboxBench } from './outbox.bench.js';

// `npm run bench -- <scenario> [--events N] [--writers N]`
const [scenario = 'outbox', ...rest] = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};

const scenarios: Record<string, () => Promise<void>> = {
  outbox: () => outboxBench({ events: option('events', 20_000), writers: option('writers', 16) }),
  auth: () => authBench({ issuances: option('issuances', 5_000) }),
  dossier: () => dossierBench(),
  bills: () => billsBench(),
  exchange: () => exchangeBench({ records: option('records', 20_000) }),
  console: () => consoleBench(),
};

const run = scenarios[scenario];
if (!run) {
  console.error(`Unknown scenario "${scenario}"; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}
await run();
process.exit(0);
