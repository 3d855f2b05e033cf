import type { Dossier } from './dossier.js';

/** One packing line's share of one container, as the packing list gives it or as it follows. */
export interface StowedPart {
  /** The packing line's index, and its invoice line number. */
  readonly line: number;
  readonly lineNo: number;
  /** The stowage entry's index on the line; null when inferred (the dossier's only container). */
  readonly entry: number | null;
  readonly container: string;
  /** Undefined where a line split over several containers leaves it out. */
  readonly packages: number | undefined;
  readonly grossWeightKg: string | undefined;
  /** Where the dossier says the part's packages and gross weight: its stowage entry, or the line. */
  readonly packagesAt: string;
  readonly grossWeightAt: string;
  /** The whole line is in this container. */
  readonly whole: boolean;
}

/**
 * Which goods are in which container: each packing line's stowage, or, where the dossier lists
 * exactly one container and the line says nothing, all of the line in it. A line with no
 * stowage in a dossier of several containers has no parts (a finding says so).
 */
export function stowedParts(dossier: Pick<Dossier, 'packingList' | 'transport'>): StowedPart[] {
  const only = dossier.transport.containers.length === 1 ? dossier.transport.containers[0].number : undefined;
  return dossier.packingList.lines.flatMap((line, j) => {
    const entries = line.stowage ?? (only ? [{ container: only }] : []);
    const whole = entries.length === 1;
    const at = `/packingList/lines/${j}`;
    return entries.map((stowage, s) => ({
      line: j,
      lineNo: line.lineNo,
      entry: line.stowage ? s : null,
      container: stowage.container,
      packages: stowage.packages ?? (whole ? line.packages : undefined),
      grossWeightKg: stowage.grossWeightKg ?? (whole ? line.grossWeightKg : undefined),
      packagesAt: stowage.packages === undefined ? `${at}/packages` : `${at}/stowage/${s}/packages`,
      grossWeightAt: stowage.grossWeightKg === undefined ? `${at}/grossWeightKg` : `${at}/stowage/${s}/grossWeightKg`,
      whole,
    }));
  });
}
