import countries from 'i18n-iso-countries';
import { Decimal } from 'decimal.js';
import type { Dossier, Incoterm, TransportLeg, TransportMode } from '../../dossiers/dossier.js';
import type { FilingBuilder } from '../filing-builder.js';
import { containerContents } from './container-contents.js';

/**
 * What China's export and import goods declarations (报关单) share: the same codes, the same
 * totals from the packing list and the same goods items, in one place for both generators.
 */

/**
 * 成交方式 codes of the China customs declaration. Terms without a code of their own are declared
 * under the group they belong to: FCA and FAS as FOB, CPT as C&F, CIP and the D terms as CIF.
 */
const TRANSACTION_TERM: Record<Incoterm, string> = {
  CIF: '1', CFR: '2', FOB: '3', EXW: '7', FCA: '3', FAS: '3', CPT: '2', CIP: '1', DAP: '1', DPU: '1', DDP: '1',
};
/** 运输方式 codes: how the goods cross the border customs office. */
const TRANSPORT_MODE: Record<TransportMode, string> = { SEA: '2', RAIL: '3', ROAD: '4', AIR: '5' };

export const alpha3 = (alpha2: string): string => countries.alpha2ToAlpha3(alpha2) ?? alpha2;

/** 成交方式, 币制, 运费 and 保费: the terms the declared value is stated on. */
export function valuationTerms(b: FilingBuilder, d: Dossier): FilingBuilder {
  return b
    .derive('/header/transactionTerm', TRANSACTION_TERM[d.contract.incoterm], ['/contract/incoterm'])
    .copy('/header/currency', '/invoice/currency')
    .copy('/header/freight', '/invoice/freight')
    .copy('/header/insurance', '/invoice/insurance');
}

/** 运输方式 and 运输工具名称及航次号, from the leg that crosses China's border. */
export function borderLeg(b: FilingBuilder, d: Dossier, leg: TransportLeg): FilingBuilder {
  const pointer = `/transport/legs/${d.transport.legs.indexOf(leg)}`;
  return b
    .derive('/header/transportMode', TRANSPORT_MODE[leg.mode], [`${pointer}/mode`])
    .derive(
      '/header/conveyance',
      leg.vesselName ? `${leg.vesselName}/${leg.voyageNumber ?? ''}` : leg.trainNumber,
      leg.vesselName ? [`${pointer}/vesselName`, `${pointer}/voyageNumber`] : [`${pointer}/trainNumber`],
    );
}

/** 件数, 毛重, 净重 and 包装种类, summed over the packing list. */
export function packingTotals(b: FilingBuilder, d: Dossier): FilingBuilder {
  const lines = d.packingList.lines;
  const total = (field: 'grossWeightKg' | 'netWeightKg') => lines.reduce((t, l) => t.plus(l[field]), new Decimal(0)).toFixed(3);
  const pointers = (field: string) => lines.map((_, j) => `/packingList/lines/${j}/${field}`);
  return b
    .copy('/header/packages', '/transport/totalPackages')
    .derive('/header/grossWeightKg', total('grossWeightKg'), pointers('grossWeightKg'))
    .derive('/header/netWeightKg', total('netWeightKg'), pointers('netWeightKg'))
    .derive('/header/packageKind', [...new Set(lines.map((l) => l.packageKind))].join(','), pointers('packageKind'));
}

/** 集装箱信息: each container's number, size and type, and 商品项号关系 (the goods items in it). */
export function containers(b: FilingBuilder, d: Dossier): FilingBuilder {
  d.transport.containers.forEach((_, k) => {
    b.copy(`/containers/${k}/number`, `/transport/containers/${k}/number`).copy(`/containers/${k}/sizeType`, `/transport/containers/${k}/sizeType`);
  });
  return containerContents(b, d, false);
}

/** A goods item (商品项) from its invoice line: code, name, quantity, price and origin. */
export function goodsItem(b: FilingBuilder, d: Dossier, i: number): FilingBuilder {
  const item = `/items/${i}`;
  const src = `/invoice/lines/${i}`;
  return b
    .copy(`${item}/itemNo`, `${src}/lineNo`)
    .copy(`${item}/hsCode`, `${src}/hsCode`)
    .copy(`${item}/nameZh`, `${src}/productNameZh`)
    .copy(`${item}/specification`, `${src}/model`)
    .copy(`${item}/quantity`, `${src}/quantity`)
    .copy(`${item}/unit`, `${src}/unit`)
    .copy(`${item}/unitPrice`, `${src}/unitPrice`)
    .copy(`${item}/totalPrice`, `${src}/amount`)
    .copy(`${item}/currency`, '/invoice/currency')
    .derive(`${item}/originCountry`, alpha3(d.invoice.lines[i].originCountry), [`${src}/originCountry`]);
}
