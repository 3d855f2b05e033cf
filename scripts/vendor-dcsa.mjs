// Copies the DCSA eBL 3.0.4 and PINT 3.0.0 OpenAPI specifications the bills context validates
// against from ../shared/standards/dcsa into libs/bills/data/dcsa, unchanged, with their licence
// and source note. Run again when DCSA publishes a version the project moves to.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shared = join(import.meta.dirname, '..', '..', 'shared', 'standards', 'dcsa');
const out = join(import.meta.dirname, '..', 'libs', 'bills', 'data', 'dcsa');
const FILES = ['EBL_v3.0.4.yaml', 'EBL_PINT_v3.0.0.yaml', 'LICENSE', 'SOURCE.md'];

// The shared files are read-only; the vendored copies must stay rewritable.
for (const file of FILES) writeFileSync(join(out, file), readFileSync(join(shared, file)));
console.log(`vendored ${FILES.join(', ')}`);
