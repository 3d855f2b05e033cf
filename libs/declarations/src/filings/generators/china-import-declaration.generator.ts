import type { Dossier } from '../../dossiers/dossier.js';
import { error } from '../../dossiers/checks/finding.js';
import { FilingBuilder, type FilingGenerator, type GeneratedFiling } from '../filing-builder.js';
import { addDays } from '../two-step.js';
import { alpha3, borderLeg, containers, goodsItem, packingTotals, valuationTerms } from './china-customs.js';

/** 完整申报 is due within 14 days of the conveyance's arrival (海关总署公告 2019 年第 127 号). */
const COMPLETE_WITHIN_DAYS = 14;

/**
 * 进口货物报关单: the import goods declaration of the corridor's southbound-to-north flow, a
 * foreign seller's goods delivered to a Chinese consignee. It may be declared in two steps.
 */
export const chinaImportDeclaration: FilingGenerator = {
  kind: 'CN_IMPORT_DECLARATION',
  applies: ({ parties, transport }) => parties.importer.country === 'CN' && parties.exporter.country !== 'CN' && transport.placeOfDelivery.startsWith('CN'),
  generate(d: Dossier): GeneratedFiling[] {
    const b = new FilingBuilder(d);
    // The leg that brings the goods into China decides the transport mode, conveyance and import date.
    const legs = [...d.transport.legs].sort((a, x) => a.sequence - x.sequence);
    const entry = legs.find((leg) => !leg.from.startsWith('CN') && leg.to.startsWith('CN')) ?? legs[0];
    const entryPointer = `/transport/legs/${d.transport.legs.indexOf(entry)}`;
    // The dossier's border office is the office of exit for an export, of entry for an import.
    b.copy('/header/declareCustoms', '/customs/customsOffice')
      .copy('/header/entryCustoms', '/customs/exitOffice')
      .copy('/header/consigneeUscc', '/parties/importer/uscc')
      .copy('/header/consigneeName', '/parties/importer/name')
      .copy('/header/overseasConsignorName', '/parties/exporter/name')
      .copy('/header/tradeMode', '/customs/tradeMode')
      .copy('/header/exemptionNature', '/customs/exemptionNature')
      .copy('/header/contractNo', '/contract/number')
      // 提运单号 is the carrier's, issued after the dossier is entered.
      .keyed('/header/billOfLadingNo')
      // 涉证 and 涉检: whether a licence or inspection is involved is the consignee's declaration.
      .keyed('/header/licenceInvolved')
      .keyed('/header/inspectionInvolved');
    valuationTerms(b, d)
      .derive('/header/tradeCountry', alpha3(d.parties.exporter.country), ['/parties/exporter/country'])
      .derive('/header/departureCountry', alpha3(d.transport.portOfLoading.slice(0, 2)), ['/transport/portOfLoading'])
      .copy('/header/departurePort', '/transport/portOfLoading')
      .copy('/header/entryPort', `${entryPointer}/to`)
      .copy('/header/importDate', `${entryPointer}/plannedArrival`);
    packingTotals(borderLeg(b, d, entry), d);
    containers(b, d);
    d.invoice.lines.forEach((_, i) => {
      // 境内目的地: the district the goods are consumed in, a code the trade documents do not carry.
      goodsItem(b, d, i).keyed(`/items/${i}/domesticDestination`);
    });
    if (!d.parties.importer.uscc) {
      b.problem(error('CN_CONSIGNEE_USCC', ['/parties/importer/uscc'], '境内收货人须填写统一社会信用代码', 'The domestic consignee needs its unified social credit code'));
    }
    return [b.build(this.kind, 'main', { 'zh-CN': '中华人民共和国海关进口货物报关单', en: 'China import goods declaration' })];
  },
  twoStep: {
    // 概要申报: who imports, how it arrives, what and how much, and whether licences or inspection apply.
    summaryFields: [
      '/header/declareCustoms',
      '/header/consigneeUscc',
      '/header/consigneeName',
      '/header/tradeMode',
      '/header/transportMode',
      '/header/conveyance',
      '/header/billOfLadingNo',
      '/header/importDate',
      '/header/grossWeightKg',
      '/header/licenceInvolved',
      '/header/inspectionInvolved',
      '/containers/*/number',
      '/items/*/itemNo',
      '/items/*/hsCode',
      '/items/*/nameZh',
      '/items/*/quantity',
      '/items/*/unit',
      '/items/*/totalPrice',
      '/items/*/currency',
      '/items/*/originCountry',
    ],
    completeDueBy: (content) => addDays((content.header as { importDate: string }).importDate, COMPLETE_WITHIN_DAYS),
  },
};
