import { Decimal } from 'decimal.js';
import { partyIdText } from '@landsea/auth';
import type { TransportLeg } from '@landsea/declarations';
import type { BillDocument, BillParty } from '../bills/bill-document.js';
import { type IdentifyingCode, partyIdFromCodes } from '../dcsa/dcsa-parties.js';
import type { TransportDocument } from '../dcsa/dcsa-transport-document.js';

interface DcsaParty {
  partyName: string;
  identifyingCodes?: IdentifyingCode[];
  addressLines?: string[];
  address?: { street?: string; city?: string; countryCode?: string };
}
interface DcsaPlace {
  UNLocationCode?: string;
}
interface DcsaTransports {
  plannedDepartureDate: string;
  plannedArrivalDate: string;
  preCarriageBy?: string;
  onCarriageBy?: string;
  placeOfReceipt?: DcsaPlace;
  portOfLoading: DcsaPlace;
  portOfDischarge: DcsaPlace;
  placeOfDelivery?: DcsaPlace;
  vesselVoyages: Array<{ vesselName: string; carrierExportVoyageNumber: string }>;
}
interface DcsaCargoItem {
  equipmentReference: string;
  cargoGrossWeight: { value: number; unit: string };
  cargoNetWeight?: { value: number; unit: string };
  cargoGrossVolume?: { value: number; unit: string };
  outerPackaging: { packageCode?: string; numberOfPackages: number; description: string };
}
interface ReceivedDocument {
  transportDocumentReference: string;
  isToOrder: boolean;
  issueDate?: string;
  freightPaymentTermCode?: string;
  placeOfIssue?: DcsaPlace;
  transports: DcsaTransports;
  documentParties: { shipper: DcsaParty; consignee?: DcsaParty; issuingParty: DcsaParty; notifyParties?: DcsaParty[] };
  consignmentItems: Array<{ descriptionOfGoods: string[]; HSCodes: string[]; shippingMarks?: string[]; cargoItems: DcsaCargoItem[] }>;
  utilizedTransportEquipments: Array<{ equipment: { equipmentReference: string; ISOEquipmentCode?: string }; seals: Array<{ number: string }> }>;
}

const MODE: Record<string, TransportLeg['mode']> = { RAIL: 'RAIL', TRUCK: 'ROAD' };
const LBS_PER_KG = new Decimal('2.20462262185');

/**
 * The bill a DCSA Transport Document received from another platform describes, in this node's
 * terms, so it is held, shown and verified like any other. The received document itself is kept
 * unchanged with its envelope: it is what moves on if the bill leaves again.
 */
export function billDocumentFromTransportDocument(received: TransportDocument): BillDocument {
  const td = received as unknown as ReceivedDocument;
  const t = td.transports;
  const receipt = t.placeOfReceipt?.UNLocationCode ?? t.portOfLoading.UNLocationCode ?? '';
  const delivery = t.placeOfDelivery?.UNLocationCode ?? t.portOfDischarge.UNLocationCode ?? '';
  const legs: TransportLeg[] = [];
  const leg = (mode: TransportLeg['mode'], from: string, to: string, extra: Partial<TransportLeg> = {}) =>
    legs.push({ sequence: legs.length + 1, mode, from, to, plannedDeparture: t.plannedDepartureDate, plannedArrival: t.plannedArrivalDate, ...extra });
  if (t.preCarriageBy) leg(MODE[t.preCarriageBy] ?? 'ROAD', receipt, t.portOfLoading.UNLocationCode ?? '');
  for (const voyage of t.vesselVoyages) {
    leg('SEA', t.portOfLoading.UNLocationCode ?? '', t.portOfDischarge.UNLocationCode ?? '', { vesselName: voyage.vesselName, voyageNumber: voyage.carrierExportVoyageNumber });
  }
  if (t.onCarriageBy) leg(MODE[t.onCarriageBy] ?? 'ROAD', t.portOfDischarge.UNLocationCode ?? '', delivery);
  const shipper = party(td.documentParties.shipper);
  const cargo = td.consignmentItems.flatMap((item) =>
    item.cargoItems.map((c) => ({
      description: item.descriptionOfGoods.join(' '),
      descriptionZh: '',
      hsCode: item.HSCodes[0]?.slice(0, 6) ?? '',
      packages: c.outerPackaging.numberOfPackages,
      packageKind: c.outerPackaging.packageCode ?? '',
      grossWeightKg: kg(c.cargoGrossWeight),
      netWeightKg: c.cargoNetWeight ? kg(c.cargoNetWeight) : '0.000',
      ...(c.cargoGrossVolume ? { volumeM3: volume(c.cargoGrossVolume) } : {}),
      ...(item.shippingMarks?.length ? { marks: item.shippingMarks.join(' ') } : {}),
      stowage: [{ container: c.equipmentReference, packages: c.outerPackaging.numberOfPackages, grossWeightKg: kg(c.cargoGrossWeight) }],
    })),
  );
  const sum = (values: ReadonlyArray<string | undefined>) => values.reduce((total, v) => total.plus(v ?? 0), new Decimal(0)).toFixed(3);
  return {
    number: td.transportDocumentReference,
    kind: td.isToOrder ? 'TO_ORDER' : 'STRAIGHT',
    issuedAt: td.issueDate ? new Date(`${td.issueDate}T00:00:00Z`).toISOString() : new Date(0).toISOString(),
    placeOfIssue: td.placeOfIssue?.UNLocationCode ?? receipt,
    carrier: party(td.documentParties.issuingParty),
    shipper,
    consignee: !td.isToOrder && td.documentParties.consignee ? party(td.documentParties.consignee) : null,
    toOrderOf: td.isToOrder ? shipper : null,
    notifyParty: td.documentParties.notifyParties?.[0] ? party(td.documentParties.notifyParties[0]) : null,
    dossier: null,
    route: { placeOfReceipt: receipt, portOfLoading: t.portOfLoading.UNLocationCode ?? '', portOfDischarge: t.portOfDischarge.UNLocationCode ?? '', placeOfDelivery: delivery, legs },
    cargo: cargo.map((line, index) => ({ ...line, lineNo: index + 1 })),
    containers: td.utilizedTransportEquipments.map((u) => ({ number: u.equipment.equipmentReference, sizeType: u.equipment.ISOEquipmentCode ?? '', seals: u.seals.map((s) => s.number) })),
    totals: { packages: cargo.reduce((n, c) => n + c.packages, 0), grossWeightKg: sum(cargo.map((c) => c.grossWeightKg)), volumeM3: sum(cargo.map((c) => c.volumeM3)) },
    freightPayment: td.freightPaymentTermCode === 'COL' ? 'COLLECT' : 'PREPAID',
  };
}

/** The corridor id of a DCSA party, or a stand-in from its name for a party no code of ours names. */
export function partyIdOfDcsaParty(p: { partyName: string; identifyingCodes?: readonly IdentifyingCode[]; address?: { countryCode?: string } }): string {
  const id = partyIdFromCodes(p.identifyingCodes);
  if (id) return partyIdText('uscc' in id ? { uscc: id.uscc, country: 'CN' } : id);
  const code = p.identifyingCodes?.[0];
  return code ? `${code.codeListProvider}:${code.partyCode}` : `ZZ:${p.partyName}`;
}

function party(p: DcsaParty): BillParty {
  const id = partyIdOfDcsaParty(p);
  const address = p.addressLines?.join(', ') ?? ([p.address?.street, p.address?.city].filter(Boolean).join(', ') || undefined);
  const country = p.address?.countryCode ?? (/^[A-Z]{2}:/.test(id) ? id.slice(0, 2) : id.startsWith('USCC:') ? 'CN' : 'ZZ');
  return { id, name: p.partyName, country, ...(address ? { address } : {}) };
}

function kg(weight: { value: number; unit: string }): string {
  const value = new Decimal(weight.value);
  return (weight.unit === 'LBR' ? value.div(LBS_PER_KG) : value).toFixed(3);
}

function volume(v: { value: number; unit: string }): string {
  const value = new Decimal(v.value);
  return (v.unit === 'FTQ' ? value.mul('0.0283168466') : value).toFixed(3);
}
