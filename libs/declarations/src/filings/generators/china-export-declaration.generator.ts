import type { Dossier } from '../../dossiers/dossier.js';
import { error } from '../../dossiers/checks/finding.js';
import { FilingBuilder, type FilingGenerator, type GeneratedFiling } from '../filing-builder.js';
import { alpha3, borderLeg, containers, goodsItem, packingTotals, valuationTerms } from './china-customs.js';

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
    b.copy('/header/declareCustoms', '/customs/customsOffice')
      .copy('/header/exitCustoms', '/customs/exitOffice')
      .copy('/header/consignorUscc', '/parties/exporter/uscc')
      .copy('/header/consignorName', '/parties/exporter/name')
      .copy('/header/overseasConsigneeName', '/parties/importer/name')
      .copy('/header/tradeMode', '/customs/tradeMode')
      .copy('/header/exemptionNature', '/customs/exemptionNature')
      .copy('/header/contractNo', '/contract/number');
    valuationTerms(b, d)
      .derive('/header/tradeCountry', alpha3(d.parties.importer.country), ['/parties/importer/country'])
      .derive('/header/destinationCountry', alpha3(d.transport.portOfDischarge.slice(0, 2)), ['/transport/portOfDischarge'])
      .copy('/header/portOfDestination', '/transport/portOfDischarge')
      .copy('/header/departurePort', '/transport/portOfLoading');
    packingTotals(borderLeg(b, d, exit), d);
    containers(b, d);
    d.invoice.lines.forEach((line, i) => {
      const src = `/invoice/lines/${i}`;
      goodsItem(b, d, i).derive(`/items/${i}/finalDestinationCountry`, alpha3(d.transport.placeOfDelivery.slice(0, 2)), ['/transport/placeOfDelivery']);
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
