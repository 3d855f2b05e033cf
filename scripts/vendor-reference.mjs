// Copies the reference data the project needs from ../shared/reference into libs/reference/data,
// in a compact form, with each source's note and licence. Run again when the shared data changes.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shared = join(import.meta.dirname, '..', '..', 'shared', 'reference');
const out = join(import.meta.dirname, '..', 'libs', 'reference', 'data');
// The shared files are read-only; the vendored copies must stay rewritable.
const copyFileSync = (from, to) => writeFileSync(to, readFileSync(from));

copyFileSync(join(shared, 'hs', 'harmonized-system.csv'), join(out, 'harmonized-system.csv'));
copyFileSync(join(shared, 'hs', 'SOURCE.md'), join(out, 'HS-SOURCE.md'));

/** Splits one CSV line, honouring double quotes. */
function cells(line) {
  const result = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      result.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  result.push(cell);
  return result;
}

// One line per location: code<TAB>name<TAB>function (8 positions)<TAB>status
const rows = [];
for (const file of readdirSync(join(shared, 'unlocode')).filter((f) => f.endsWith('.csv')).sort()) {
  const lines = readFileSync(join(shared, 'unlocode', file), 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    if (!line.trim()) continue;
    const [country, location, name, , , status, fn] = cells(line);
    if (!country || !location) continue;
    rows.push(`${country}${location}\t${name}\t${fn}\t${status}`);
  }
}
writeFileSync(join(out, 'unlocode.tsv'), `${rows.join('\n')}\n`);
copyFileSync(join(shared, 'unlocode', 'SOURCE.md'), join(out, 'UNLOCODE-SOURCE.md'));
copyFileSync(join(shared, 'unlocode', 'LICENSE'), join(out, 'UNLOCODE-LICENSE'));
console.log(`vendored ${rows.length} UN/LOCODE locations and the HS nomenclature`);
