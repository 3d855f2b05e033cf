import { Decimal } from 'decimal.js';
import type { Dossier } from '../../dossiers/dossier.js';
import { type StowedPart, stowedParts } from '../../dossiers/stowage.js';
import type { FilingBuilder } from '../filing-builder.js';

/** What says a part is in its container: the line's number, and its stowage entry unless inferred from the one container. */
const placedBy = (part: StowedPart) => [`/packingList/lines/${part.line}/lineNo`, ...(part.entry === null ? [] : [`/packingList/lines/${part.line}/stowage/${part.entry}/container`])];

/**
 * What each container holds, as declarations and manifests list it: the goods items (商品项号关系,
 * invoice line numbers) and, with `amounts`, each item's packages and gross weight in it and the
 * container's totals. Nothing is listed for a container the packing list puts nothing in.
 */
export function containerContents(b: FilingBuilder, d: Dossier, amounts: boolean): FilingBuilder {
  const parts = stowedParts(d);
  d.transport.containers.forEach((container, k) => {
    const inside = parts.filter((p) => p.container === container.number);
    if (inside.length === 0) return;
    const at = `/containers/${k}`;
    b.derive(`${at}/goodsItems`, inside.map((p) => p.lineNo).join(','), inside.flatMap(placedBy));
    if (!amounts) return;
    inside.forEach((part, g) => {
      b.copy(`${at}/goods/${g}/lineNo`, `/packingList/lines/${part.line}/lineNo`)
        .derive(`${at}/goods/${g}/packages`, part.packages, [part.packagesAt])
        .derive(`${at}/goods/${g}/grossWeightKg`, part.grossWeightKg, [part.grossWeightAt]);
    });
    if (inside.every((p) => p.packages !== undefined && p.grossWeightKg !== undefined)) {
      b.derive(
        `${at}/packages`,
        inside.reduce((total, p) => total + (p.packages ?? 0), 0),
        inside.map((p) => p.packagesAt),
      ).derive(
        `${at}/grossWeightKg`,
        inside.reduce((total, p) => total.plus(p.grossWeightKg ?? 0), new Decimal(0)).toFixed(3),
        inside.map((p) => p.grossWeightAt),
      );
    }
  });
  return b;
}
