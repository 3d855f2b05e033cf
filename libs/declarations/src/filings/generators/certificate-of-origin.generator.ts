import type { Dossier } from '../../dossiers/dossier.js';
import { warning } from '../../dossiers/checks/finding.js';
import { FilingBuilder, type FilingGenerator, type GeneratedFiling } from '../filing-builder.js';

const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'];
const RCEP = [...ASEAN, 'AU', 'CN', 'JP', 'KR', 'NZ'];

const MEMBERS = { FORM_E: ASEAN, RCEP } as const;

/**
 * Which preferential certificate the shipment claims: the one the exporter chose when it covers
 * the destination (ASEAN buyers may be offered both), otherwise Form E within ASEAN and RCEP for
 * the other members.
 */
function scheme(d: Dossier): 'FORM_E' | 'RCEP' | undefined {
  if (d.parties.exporter.country !== 'CN') return undefined;
  if (!d.invoice.lines.every((line) => line.originCountry === 'CN')) return undefined;
  const destination = d.parties.importer.country;
  const chosen = d.customs.preferenceScheme;
  if (chosen && MEMBERS[chosen].includes(destination)) return chosen;
  if (ASEAN.includes(destination)) return 'FORM_E';
  if (RCEP.includes(destination)) return 'RCEP';
  return undefined;
}

/** 原产地证书申请: China–ASEAN Form E or RCEP, where every line is of Chinese origin. */
export const certificateOfOrigin: FilingGenerator = {
  kind: 'CERTIFICATE_OF_ORIGIN',
  applies: (dossier) => scheme(dossier) !== undefined,
  generate(d: Dossier): GeneratedFiling[] {
    const which = scheme(d) as 'FORM_E' | 'RCEP';
    const b = new FilingBuilder(d);
    const legs = [...d.transport.legs].sort((a, x) => a.sequence - x.sequence);
    const main = legs.find((leg) => leg.mode === 'SEA') ?? legs[0];
    const legPointer = `/transport/legs/${d.transport.legs.indexOf(main)}`;
    const chosen = d.customs.preferenceScheme;
    if (chosen && chosen !== which) {
      b.problem(
        warning(
          'PREFERENCE_SCHEME_NOT_AVAILABLE',
          ['/customs/preferenceScheme', '/parties/importer/country'],
          `${chosen} 不适用于目的国 ${d.parties.importer.country}，已改为申请 ${which}`,
          `${chosen} does not cover ${d.parties.importer.country}; the application is for ${which} instead`,
        ),
      );
    }
    const schemeSources = ['/parties/importer/country', ...d.invoice.lines.map((_, i) => `/invoice/lines/${i}/originCountry`)];
    b.derive('/scheme', which, chosen ? ['/customs/preferenceScheme', ...schemeSources] : schemeSources)
      .copy('/exporter/name', '/parties/exporter/name')
      .copy('/exporter/address', '/parties/exporter/address')
      .copy('/exporter/country', '/parties/exporter/country')
      .keyed('/producer/name')
      .copy('/consignee/name', '/parties/importer/name')
      .copy('/consignee/address', '/parties/importer/address')
      .copy('/consignee/country', '/parties/importer/country')
      .copy('/transport/departureDate', `${legPointer}/plannedDeparture`)
      .copy('/transport/vesselName', `${legPointer}/vesselName`)
      .copy('/transport/voyageNumber', `${legPointer}/voyageNumber`)
      .copy('/transport/portOfLoading', '/transport/portOfLoading')
      .copy('/transport/portOfDischarge', '/transport/portOfDischarge')
      .copy('/invoice/number', '/invoice/number')
      .copy('/invoice/date', '/invoice/date');
    d.invoice.lines.forEach((line, i) => {
      const j = d.packingList.lines.findIndex((p) => p.lineNo === line.lineNo);
      b.copy(`/items/${i}/itemNo`, `/invoice/lines/${i}/lineNo`)
        .copy(`/items/${i}/description`, `/invoice/lines/${i}/productNameEn`)
        .derive(`/items/${i}/hsCode`, line.hsCode.slice(0, 6), [`/invoice/lines/${i}/hsCode`])
        .copy(`/items/${i}/marks`, `/packingList/lines/${j}/marks`)
        .copy(`/items/${i}/packages`, `/packingList/lines/${j}/packages`)
        .copy(`/items/${i}/packageKind`, `/packingList/lines/${j}/packageKind`)
        .copy(`/items/${i}/grossWeightKg`, `/packingList/lines/${j}/grossWeightKg`)
        .copy(`/items/${i}/invoiceValue`, `/invoice/lines/${i}/amount`)
        .keyed(`/items/${i}/originCriterion`);
      b.problem(
        warning(
          'ORIGIN_CRITERION_NEEDED',
          [`/invoice/lines/${i}`],
          `第 ${line.lineNo} 行须申报原产地标准（WO、PE、CTC 或 RVC），交易单证中没有这项信息`,
          `Line ${line.lineNo} needs its origin criterion (WO, PE, CTC or RVC); the trade documents do not say it`,
        ),
      );
    });
    const title =
      which === 'FORM_E'
        ? { 'zh-CN': '中国—东盟自贸区原产地证书（FORM E）申请', en: 'China–ASEAN Form E certificate of origin application' }
        : { 'zh-CN': 'RCEP 原产地证书申请', en: 'RCEP certificate of origin application' };
    return [b.build(this.kind, which, title)];
  },
};
