import type { Dossier } from '../../dossiers/dossier.js';
import { warning } from '../../dossiers/checks/finding.js';
import { FilingBuilder, type FilingGenerator, type GeneratedFiling } from '../filing-builder.js';

/**
 * Thailand's import declaration (ใบขนสินค้าขาเข้า), prepared for the Thai importer or its broker
 * from the Chinese exporter's dossier. The Thai 8-digit tariff line extends the same HS
 * subheading, but its last two digits are Thailand's own, so they are left to be keyed.
 */
export const thailandImportDeclaration: FilingGenerator = {
  kind: 'TH_IMPORT_DECLARATION',
  applies: (dossier) => dossier.parties.importer.country === 'TH',
  generate(d: Dossier): GeneratedFiling[] {
    const b = new FilingBuilder(d);
    const arrival = [...d.transport.legs].sort((a, x) => x.sequence - a.sequence)[0];
    const legPointer = `/transport/legs/${d.transport.legs.indexOf(arrival)}`;
    b.copy('/header/importerTaxId', '/parties/importer/nationalId')
      .copy('/header/importerName', '/parties/importer/name')
      .copy('/header/importerAddress', '/parties/importer/address')
      .copy('/header/exporterName', '/parties/exporter/name')
      .copy('/header/exporterCountry', '/parties/exporter/country')
      .derive('/header/countryOfConsignment', d.transport.portOfLoading.slice(0, 2), ['/transport/portOfLoading'])
      .copy('/header/portOfDischarge', '/transport/portOfDischarge')
      .copy('/header/vesselName', `${legPointer}/vesselName`)
      .copy('/header/voyageNumber', `${legPointer}/voyageNumber`)
      .copy('/header/arrivalDate', `${legPointer}/plannedArrival`)
      .copy('/header/invoiceNumber', '/invoice/number')
      .copy('/header/invoiceDate', '/invoice/date')
      .copy('/header/incoterm', '/contract/incoterm')
      .copy('/header/currency', '/invoice/currency')
      .copy('/header/invoiceTotal', '/invoice/totalAmount')
      .copy('/header/freight', '/invoice/freight')
      .copy('/header/insurance', '/invoice/insurance')
      .copy('/header/packages', '/transport/totalPackages');
    d.invoice.lines.forEach((line, i) => {
      const j = d.packingList.lines.findIndex((p) => p.lineNo === line.lineNo);
      b.copy(`/items/${i}/itemNo`, `/invoice/lines/${i}/lineNo`)
        .derive(`/items/${i}/hsSubheading`, line.hsCode.slice(0, 6), [`/invoice/lines/${i}/hsCode`])
        .keyed(`/items/${i}/thaiTariffCode`)
        .copy(`/items/${i}/description`, `/invoice/lines/${i}/productNameEn`)
        .copy(`/items/${i}/brandModel`, `/invoice/lines/${i}/model`)
        .copy(`/items/${i}/originCountry`, `/invoice/lines/${i}/originCountry`)
        .copy(`/items/${i}/quantity`, `/invoice/lines/${i}/quantity`)
        .copy(`/items/${i}/unit`, `/invoice/lines/${i}/unit`)
        .copy(`/items/${i}/netWeightKg`, `/packingList/lines/${j}/netWeightKg`)
        .copy(`/items/${i}/grossWeightKg`, `/packingList/lines/${j}/grossWeightKg`)
        .copy(`/items/${i}/invoiceValue`, `/invoice/lines/${i}/amount`);
      b.problem(
        warning(
          'TH_TARIFF_LINE_NEEDED',
          [`/invoice/lines/${i}/hsCode`],
          `第 ${line.lineNo} 行须补充泰国 8 位税号（HS ${line.hsCode.slice(0, 6)} 之下）`,
          `Line ${line.lineNo} needs Thailand's 8-digit tariff line under HS ${line.hsCode.slice(0, 6)}`,
        ),
      );
    });
    return [b.build(this.kind, 'main', { 'zh-CN': '泰国进口货物报关单', en: 'Thailand import declaration' })];
  },
};
