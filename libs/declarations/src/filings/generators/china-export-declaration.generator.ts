import countries from 'i18n-iso-countries';
import { Decimal } from 'decimal.js';
import type { Dossier, Incoterm, TransportMode } from '../../dossiers/dossier.js';
import { error } from '../../dossiers/checks/finding.js';
import { FilingBuilder, type FilingGenerator, type GeneratedFiling } from '../filing-builder.js';

/**
 * 成交方式 codes of the China customs declaration. Terms without a code of their own are declared
 * under the group they belong to: FCA and FAS as FOB, CPT as C&F, CIP and the D terms as CIF.
 */
const TRANSACTION_TERM: Record<Incoterm, string> = {
  CIF: '1', CFR: '2', FOB: '3', EXW: '7', FCA: '3', FAS: '3', CPT: '2', CIP: '1', DAP: '1', DPU: '1', DDP: '1',
};
/** 运输方式 codes: how the goods leave through the exit customs office. */
const TRANSPORT_MODE: Record<TransportMode, string> = { SEA: '2', RAIL: '3', ROAD: '4', AIR: '5' };

const alpha3 = (alpha2: string): string => countries.alpha2ToAlpha3(alpha2) ?? alpha2;

/** 出口货物报关单: the export goods declaration, header and items, all from the dossier. */
export const chinaExportDeclaration: FilingGenerator = {
  kind: 'CN_EXPORT_DECLARATION',
  applies: (dossier) => dossier.parties.exporter.country === 'CN',
  generate(d: Dossier): GeneratedFiling[] {
    const b = new FilingBuilder(d);
    // The leg that takes the goods out of China decides the transport mode and conveyance.
    const legs = [...d.transport.legs].sort((a, x) => a.sequence - x.sequence);
    const exitIndex = legs.findIndex((leg) => leg.from.startsWith('CN') && !leg.to.startsWith('CN'));
    const exit = exitIndex >= 0 ? legs[exitIndex] : legs[legs.length - 1];
    const exitPointer = `/transport/legs/${d.transport.legs.indexOf(exit)}`;
    b.copy('/header/declareCustoms', '/customs/customsOffice')
      .copy('/header/exitCustoms', '/customs/exitOffice')
      .copy('/header/consignorUscc', '/parties/exporter/uscc')
      .copy('/header/consignorName', '/parties/exporter/name')
      .copy('/header/overseasConsigneeName', '/parties/importer/name')
      .copy('/header/tradeMode', '/customs/tradeMode')
      .copy('/header/exemptionNature', '/customs/exemptionNature')
      .copy('/header/contractNo', '/contract/number')
      .derive('/header/transactionTerm', TRANSACTION_TERM[d.contract.incoterm], ['/contract/incoterm'])
      .copy('/header/currency', '/invoice/currency')
      .copy('/header/freight', '/invoice/freight')
      .copy('/header/insurance', '/invoice/insurance')
      .derive('/header/tradeCountry', alpha3(d.parties.importer.country), ['/parties/importer/country'])
      .derive('/header/destinationCountry', alpha3(d.transport.portOfDischarge.slice(0, 2)), ['/transport/portOfDischarge'])
      .copy('/header/portOfDestination', '/transport/portOfDischarge')
      .copy('/header/departurePort', '/transport/portOfLoading')
      .derive('/header/transportMode', TRANSPORT_MODE[exit.mode], [`${exitPointer}/mode`])
      .derive(
        '/header/conveyance',
        exit.vesselName ? `${exit.vesselName}/${exit.voyageNumber ?? ''}` : exit.trainNumber,
        exit.vesselName ? [`${exitPointer}/vesselName`, `${exitPointer}/voyageNumber`] : [`${exitPointer}/trainNumber`],
      )
      .copy('/header/packages', '/transport/totalPackages')
      .derive(
        '/header/grossWeightKg',
        d.packingList.lines.reduce((t, l) => t.plus(l.grossWeightKg), new Decimal(0)).toFixed(3),
        d.packingList.lines.map((_, j) => `/packingList/lines/${j}/grossWeightKg`),
      )
      .derive(
        '/header/netWeightKg',
        d.packingList.lines.reduce((t, l) => t.plus(l.netWeightKg), new Decimal(0)).toFixed(3),
        d.packingList.lines.map((_, j) => `/packingList/lines/${j}/netWeightKg`),
      )
      .derive(
        '/header/packageKind',
        [...new Set(d.packingList.lines.map((l) => l.packageKind))].join(','),
        d.packingList.lines.map((_, j) => `/packingList/lines/${j}/packageKind`),
      );
    d.transport.containers.forEach((_, k) => {
      b.copy(`/containers/${k}/number`, `/transport/containers/${k}/number`).copy(`/containers/${k}/sizeType`, `/transport/containers/${k}/sizeType`);
    });
    d.invoice.lines.forEach((line, i) => {
      const item = `/items/${i}`;
      const src = `/invoice/lines/${i}`;
      b.copy(`${item}/itemNo`, `${src}/lineNo`)
        .copy(`${item}/hsCode`, `${src}/hsCode`)
        .copy(`${item}/nameZh`, `${src}/productNameZh`)
        .copy(`${item}/specification`, `${src}/model`)
        .copy(`${item}/quantity`, `${src}/quantity`)
        .copy(`${item}/unit`, `${src}/unit`)
        .copy(`${item}/unitPrice`, `${src}/unitPrice`)
        .copy(`${item}/totalPrice`, `${src}/amount`)
        .copy(`${item}/currency`, '/invoice/currency')
        .derive(`${item}/originCountry`, alpha3(line.originCountry), [`${src}/originCountry`])
        .derive(`${item}/finalDestinationCountry`, alpha3(d.transport.placeOfDelivery.slice(0, 2)), ['/transport/placeOfDelivery']);
      if (line.hsCode.length !== 10) {
        b.problem(error('CN_HS_CODE_LENGTH', [`${src}/hsCode`], '出口报关单商品编号须为 10 位', 'The export declaration needs the 10-digit 商品编号'));
      }
    });
    if (!d.parties.exporter.uscc) {
      b.problem(error('CN_CONSIGNOR_USCC', ['/parties/exporter/uscc'], '境内发货人须填写统一社会信用代码', 'The domestic consignor needs its unified social credit code'));
    }
    return [b.build(this.kind, 'main', { 'zh-CN': '中华人民共和国海关出口货物报关单', en: 'China export goods declaration' })];
  },
};
