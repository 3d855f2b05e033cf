import { randomInt } from 'node:crypto';
import { randomUscc } from '@landsea/reference';
import { sampleDossier, sampleImportDossier } from '../../../examples/sample-dossier.js';

// `npm run -s sample -- <what> …`: fresh sample data for the README's examples, so each block
// can be pasted again on a node that has run it before (USCCs, e-mail addresses and bill
// numbers can be registered only once).
//   uscc <first 8 characters> …   a new valid USCC per argument, e.g. `uscc 91500000 91500000`
//   dossier <exporter USCC> <carrier USCC> <importer national id>   the reference export shipment
//   import-dossier <importer USCC>   the reference import shipment, arriving today
//   run                             10 digits that are new on every call, for e-mails, numbers and ids
const [what, ...args] = process.argv.slice(2);

try {
  switch (what) {
    case 'uscc':
      console.log((args.length ? args : ['91500000']).map(randomUscc).join(' '));
      break;
    case 'dossier': {
      const [exporterUscc, carrierUscc, importerNationalId] = args;
      console.log(JSON.stringify(sampleDossier({ exporterUscc, carrierUscc, importerNationalId })));
      break;
    }
    case 'import-dossier':
      console.log(JSON.stringify(sampleImportDossier({ importerUscc: args[0], arrivesOn: new Date().toISOString().slice(0, 10) })));
      break;
    case 'run':
      console.log(`${String(Date.now()).slice(-8)}${String(randomInt(100)).padStart(2, '0')}`);
      break;
    default:
      console.error('usage: npm run -s sample -- uscc <prefix>… | dossier <exporter USCC> <carrier USCC> <importer id> | import-dossier <importer USCC> | run');
      process.exitCode = 2;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
