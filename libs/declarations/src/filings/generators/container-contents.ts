import { Decimal } from 'decimal.js';
import type { Dossier } from '../../dossiers/dossier.js';
import { type StowedPart, stowedParts } from '../../dossiers/stowage.js';
import type { FilingBuilder } from '../filing-builder.js';

/** Where a stowed part is said: its stowage entry, or the line itself when inferred from the one container. */
const pointerOf = (part: StowedPart) => (part.entry === null ? `/packingList/lines/${part.line}` : `/packingList/lines/${part.line}/stowage/${part.entry}`);

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
    b.derive(`${at}/goodsItems`, inside.map((p) => p.lineNo).join(','), inside.map(pointerOf));
    if (!amounts) return;
    inside.forEach((part, g) => {
      b.derive(`${at}/goods/${g}/lineNo`, part.lineNo, [`/packingList/lines/${part.line}/lineNo`])
        .derive(`${at}/goods/${g}/packages`, part.packages, [pointerOf(part)])
        .derive(`${at}/goods/${g}/grossWeightKg`, part.grossWeightKg, [pointerOf(part)]);
    });
    if (inside.every((p) => p.packages !== undefined && p.grossWeightKg !== undefined)) {
      b.derive(`${at}/packages`, inside.reduce((total, p) => total + (p.packages ?? 0), 0), inside.map(pointerOf)).derive(
        `${at}/grossWeightKg`,
        inside.reduce((total, p) => total.plus(p.grossWeightKg ?? 0), new Decimal(0)).toFixed(3),
        inside.map(pointerOf),
      );
    }
  });
  return b;
}
