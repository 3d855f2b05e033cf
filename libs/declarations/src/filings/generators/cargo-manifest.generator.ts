import type { Dossier } from '../../dossiers/dossier.js';
import { FilingBuilder, type FilingGenerator, type GeneratedFiling } from '../filing-builder.js';
import { containerContents } from './container-contents.js';

/** 舱单: the cargo manifest each carrier files for its leg, from the same dossier. */
export const cargoManifest: FilingGenerator = {
  kind: 'CARGO_MANIFEST',
  applies: (dossier) => dossier.transport.legs.length > 0,
  generate(d: Dossier): GeneratedFiling[] {
    return d.transport.legs.map((leg, i) => {
      const b = new FilingBuilder(d);
      const src = `/transport/legs/${i}`;
      b.copy('/conveyance/mode', `${src}/mode`)
        .copy('/conveyance/vesselName', `${src}/vesselName`)
        .copy('/conveyance/voyageNumber', `${src}/voyageNumber`)
        .copy('/conveyance/trainNumber', `${src}/trainNumber`)
        .copy('/conveyance/departure', `${src}/plannedDeparture`)
        .copy('/conveyance/arrival', `${src}/plannedArrival`)
        .copy('/route/loadingPlace', `${src}/from`)
        .copy('/route/dischargePlace', `${src}/to`)
        .copy('/parties/consignorName', '/parties/exporter/name')
        .copy('/parties/consignorAddress', '/parties/exporter/address')
        .copy('/parties/consigneeName', '/parties/importer/name')
        .copy('/parties/consigneeAddress', '/parties/importer/address')
        .copy('/parties/notifyPartyName', '/parties/notifyParty/name')
        .copy('/parties/carrierName', '/parties/carrier/name')
        .copy('/totals/packages', '/transport/totalPackages');
      // China's customs receives the manifest of a leg that starts in China: the office of exit
      // for the leg that leaves the country, the declaring office for a domestic leg.
      if (leg.from.startsWith('CN')) {
        const leaves = !leg.to.startsWith('CN');
        b.derive('/conveyance/customsOffice', leaves ? d.customs.exitOffice : d.customs.customsOffice, [leaves ? '/customs/exitOffice' : '/customs/customsOffice']);
      }
      d.packingList.lines.forEach((line, j) => {
        const invoiceIndex = d.invoice.lines.findIndex((l) => l.lineNo === line.lineNo);
        b.copy(`/goods/${j}/description`, `/invoice/lines/${invoiceIndex}/productNameEn`)
          .copy(`/goods/${j}/hsCode`, `/invoice/lines/${invoiceIndex}/hsCode`)
          .copy(`/goods/${j}/packages`, `/packingList/lines/${j}/packages`)
          .copy(`/goods/${j}/packageKind`, `/packingList/lines/${j}/packageKind`)
          .copy(`/goods/${j}/grossWeightKg`, `/packingList/lines/${j}/grossWeightKg`)
          .copy(`/goods/${j}/volumeM3`, `/packingList/lines/${j}/volumeM3`)
          .copy(`/goods/${j}/marks`, `/packingList/lines/${j}/marks`);
      });
      d.transport.containers.forEach((container, k) => {
        b.copy(`/containers/${k}/number`, `/transport/containers/${k}/number`)
          .copy(`/containers/${k}/sizeType`, `/transport/containers/${k}/sizeType`)
          .derive(`/containers/${k}/seals`, container.seals.join(','), [`/transport/containers/${k}/seals`]);
      });
      containerContents(b, d, true);
      return b.build(this.kind, `leg-${leg.sequence}`, {
        'zh-CN': `${leg.mode === 'SEA' ? '水路' : leg.mode === 'RAIL' ? '铁路' : leg.mode === 'ROAD' ? '公路' : '航空'}舱单（第 ${leg.sequence} 程 ${leg.from}→${leg.to}）`,
        en: `${leg.mode} manifest, leg ${leg.sequence} ${leg.from} to ${leg.to}`,
      });
    });
  },
};
