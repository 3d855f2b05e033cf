import type { Dossier } from '../dossiers/dossier.js';
import type { FilingGenerator, GeneratedFiling } from './filing-builder.js';
import { cargoManifest } from './generators/cargo-manifest.generator.js';
import { certificateOfOrigin } from './generators/certificate-of-origin.generator.js';
import { chinaExportDeclaration } from './generators/china-export-declaration.generator.js';
import { chinaImportDeclaration } from './generators/china-import-declaration.generator.js';
import { thailandImportDeclaration } from './generators/thailand-import-declaration.generator.js';

/** Every filing the platform derives from a dossier; another country's declaration is one more entry. */
export const FILING_GENERATORS: readonly FilingGenerator[] = [
  chinaExportDeclaration,
  chinaImportDeclaration,
  cargoManifest,
  certificateOfOrigin,
  thailandImportDeclaration,
];

export function deriveFilings(dossier: Dossier, generators: readonly FilingGenerator[] = FILING_GENERATORS): GeneratedFiling[] {
  return generators.filter((g) => g.applies(dossier)).flatMap((g) => g.generate(dossier));
}

export interface Reuse {
  /** Distinct dossier fields the filings drew on: keyed once. */
  readonly dossierFieldsUsed: number;
  /** Filing fields filled from the dossier, directly or derived. */
  readonly filledFromDossier: number;
  /** Filing fields the dossier could not fill. */
  readonly keyed: number;
  /** Filing fields filled per dossier field keyed: how many times each entry was reused. */
  readonly reuseRatio: number;
}

export function reuseOf(filings: readonly GeneratedFiling[]): Reuse {
  const used = new Set<string>();
  let filled = 0;
  let keyed = 0;
  for (const filing of filings) {
    for (const provenance of Object.values(filing.provenance)) {
      if ('keyed' in provenance) {
        keyed += 1;
        continue;
      }
      filled += 1;
      for (const pointer of 'from' in provenance ? [provenance.from] : provenance.derivedFrom) used.add(pointer);
    }
  }
  return {
    dossierFieldsUsed: used.size,
    filledFromDossier: filled,
    keyed,
    reuseRatio: used.size ? Math.round((filled / used.size) * 100) / 100 : 0,
  };
}
