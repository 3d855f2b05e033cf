import { readFile } from 'node:fs/promises';
import type { JSONWebKeySet } from 'jose';
import { type SignedBillEntry, verifyChain } from '@landsea/bills';

// `npm run verify-bill -- <history> [<keys>]`: checks a bill's signed history offline. <history>
// is the JSON of GET /bills/verify (a file or its URL); <keys> the issuing node's record keys
// (a file or URL; by default the `keys` URL the history names). Exit 0 when it verifies, and only
// when its entries reach the head the node signed: a history cut short exits 1.
const [historySource, keysSource] = process.argv.slice(2);
if (!historySource) {
  console.error('usage: npm run verify-bill -- <history.json | URL> [<record-keys.json | URL>]');
  process.exit(2);
}

async function load<T>(source: string): Promise<T> {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`${source} answered ${response.status}`);
    return (await response.json()) as T;
  }
  return JSON.parse(await readFile(source, 'utf8')) as T;
}

const history = await load<{ number?: string; carrier?: string; keys?: string; entries: SignedBillEntry[]; head?: { jws?: string } | null }>(historySource);
const keysFrom = keysSource ?? history.keys;
if (!keysFrom) {
  console.error('The history names no keys; give the record-keys.json of the node that signed it');
  process.exit(2);
}
const result = await verifyChain(history.entries, await load<JSONWebKeySet>(keysFrom), {
  bill: history.number,
  carrier: history.carrier,
  head: history.head?.jws ?? null,
});
for (const payload of result.payloads) {
  console.log(`${String(payload.sequence).padStart(3)}  ${payload.time}  ${payload.action.padEnd(24)} ${payload.actor}${payload.to ? ` → ${payload.to}` : ''}`);
}
for (const problem of result.problems) console.log(`  ✗ ${problem.sequence === null ? 'the history' : `entry ${problem.sequence}`}: ${problem.problem}`);
console.log(
  result.valid
    ? `✓ ${result.entries} entries verify with ${keysFrom} and reach the head ${result.head?.node} signed at ${result.head?.signedAt}; the bill is ${result.position?.state}, held by ${result.position?.holder}`
    : `✗ the history does not verify (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'})`,
);
process.exit(result.valid ? 0 : 1);
