import type { TransportLeg } from '@landsea/declarations';
import type { LocalisedMessage } from '@landsea/errors';
import { findLocation } from '@landsea/reference';
import type { BillDocument, BillParty, BillStowage } from '../bills/bill-document.js';
import type { BillState, SurrenderPurpose } from '../bills/bill-state-machine.js';
import { identifyingCode, taxLegalReference } from './dcsa-parties.js';

/** A DCSA eBL 3.0.4 TransportDocument; its shape is checked against DCSA's schema, not restated here. */
export type TransportDocument = Record<string, unknown>;

export type TransportDocumentStatus =
  | 'ISSUED'
  | 'PENDING_SURRENDER_FOR_DELIVERY'
  | 'PENDING_SURRENDER_FOR_AMENDMENT'
  | 'SURRENDERED_FOR_DELIVERY'
  | 'SURRENDERED_FOR_AMENDMENT';

export interface TransportDocumentContext {
  readonly status: TransportDocumentStatus;
  /** Who answers for the electronic document: DCSA requires one contact with an e-mail or phone. */
  readonly contact: { readonly name: string; readonly email: string };
  /** A bill to order that has been endorsed: the party it is endorsed to, its holder now. */
  readonly endorsee?: BillParty;
}

/** Why a bill cannot be said in DCSA's terms: the message, and the field at fault where there is one. */
export class NotExpressible extends Error {
  constructor(
    readonly messages: LocalisedMessage,
    readonly field?: string,
  ) {
    super(messages.en);
  }
}

const TERMS =
  'Multimodal transport under the 一单制 bill of the New Western Land-Sea Corridor: received for carriage by the carrier named from the place of receipt to the place of delivery, by every leg shown, on the carrier\'s terms of carriage. The electronic record of title is the signed history kept by the issuing node; verify it at /bills/verify.';

// UN/ECE Recommendation 21 names of the package kinds a dossier allows.
const PACKAGE_NAMES: Record<string, string> = {
  CT: 'Cartons',
  BX: 'Boxes',
  CS: 'Cases',
  PK: 'Packages',
  PL: 'Pails',
  PX: 'Pallets',
  BG: 'Bags',
  SA: 'Sacks',
  DR: 'Drums',
  CR: 'Crates',
  BE: 'Bundles',
  RO: 'Rolls',
  BL: 'Bales',
  CN: 'Containers',
  NE: 'Unpacked',
};

// DCSA's words for how pre- and on-carriage legs travel.
const CARRIAGE_BY: Record<TransportLeg['mode'], string> = { RAIL: 'RAIL', ROAD: 'TRUCK', SEA: 'VESSEL', AIR: 'MULTIMODAL' };

/** The DCSA status a bill's position corresponds to. */
export function transportDocumentStatus(state: BillState, surrenderPurpose: SurrenderPurpose | null): TransportDocumentStatus {
  if (state === 'SURRENDER_PENDING') return surrenderPurpose === 'AMENDMENT' ? 'PENDING_SURRENDER_FOR_AMENDMENT' : 'PENDING_SURRENDER_FOR_DELIVERY';
  if (state === 'ACCOMPLISHED') return 'SURRENDERED_FOR_DELIVERY';
  if (state === 'VOID') return 'SURRENDERED_FOR_AMENDMENT';
  return 'ISSUED';
}

/**
 * The bill as a DCSA eBL 3.0.4 Transport Document. The sea leg is DCSA's main carriage: its
 * vessel and voyage, port of loading and of discharge; rail or road legs before it are
 * pre-carriage, those after it on-carriage; every place is a UN/LOCODE. Each cargo line is a
 * consignment item with a cargo item per container it is stowed in. A bill the schema cannot
 * hold (no sea leg, a line whose container is not known) is refused rather than guessed.
 */
export function toTransportDocument(bill: BillDocument, context: TransportDocumentContext): TransportDocument {
  const legs = [...bill.route.legs].sort((a, b) => a.sequence - b.sequence);
  const sea = legs.filter((leg) => leg.mode === 'SEA');
  if (sea.length === 0) {
    throw new NotExpressible({ en: 'A DCSA transport document needs a sea leg; this bill has none', 'zh-CN': 'DCSA 运输单据须包含海运段，而该提单没有' }, 'route.legs');
  }
  const first = legs.indexOf(sea[0]);
  const last = legs.indexOf(sea[sea.length - 1]);
  const preCarriage = carriageBy(legs.slice(0, first));
  const onCarriage = carriageBy(legs.slice(last + 1));
  const toOrder = bill.kind === 'TO_ORDER';
  return {
    transportDocumentReference: bill.number,
    transportDocumentStatus: context.status,
    transportDocumentTypeCode: 'BOL',
    // Issued when the carrier takes the goods at the place of receipt, before any vessel: a
    // received-for-shipment bill, dated by its issue.
    isShippedOnBoardType: false,
    receivedForShipmentDate: localDate(bill.issuedAt, bill.placeOfIssue),
    issueDate: localDate(bill.issuedAt, bill.placeOfIssue),
    freightPaymentTermCode: bill.freightPayment === 'PREPAID' ? 'PRE' : 'COL',
    isElectronic: true,
    isToOrder: toOrder,
    termsAndConditions: TERMS,
    // Containers from the carrier's yard or rail ramp, full loads: the corridor's rail-sea service.
    receiptTypeAtOrigin: 'CY',
    deliveryTypeAtDestination: 'CY',
    cargoMovementTypeAtOrigin: 'FCL',
    cargoMovementTypeAtDestination: 'FCL',
    // The dossier names carriers by USCC, not by SMDG or NMFTA code; DCSA requires one, so the
    // code is "ZZZZ" (none assigned) and the issuing party's identifying code names the carrier.
    carrierCode: 'ZZZZ',
    carrierCodeListProvider: 'SMDG',
    transports: {
      plannedDepartureDate: sea[0].plannedDeparture.slice(0, 10),
      plannedArrivalDate: sea[sea.length - 1].plannedArrival.slice(0, 10),
      ...(preCarriage ? { preCarriageBy: preCarriage, placeOfReceipt: place(bill.route.placeOfReceipt) } : {}),
      portOfLoading: place(bill.route.portOfLoading),
      portOfDischarge: place(bill.route.portOfDischarge),
      ...(onCarriage ? { onCarriageBy: onCarriage, placeOfDelivery: place(bill.route.placeOfDelivery) } : {}),
      vesselVoyages: sea.map((leg) => ({ vesselName: required(leg.vesselName, 'vesselName'), carrierExportVoyageNumber: required(leg.voyageNumber, 'voyageNumber') })),
    },
    placeOfIssue: place(bill.placeOfIssue),
    // Freight is paid where the payer is: at origin when prepaid, at destination on collect.
    invoicePayableAt: { UNLocationCode: bill.freightPayment === 'PREPAID' ? bill.route.placeOfReceipt : bill.route.placeOfDelivery },
    partyContactDetails: [{ name: context.contact.name.slice(0, 35), email: context.contact.email }],
    documentParties: {
      shipper: party(bill.shipper),
      ...(bill.consignee ? { consignee: party(bill.consignee) } : {}),
      ...(toOrder && context.endorsee ? { endorsee: party(context.endorsee) } : {}),
      issuingParty: issuingParty(bill.carrier, bill.placeOfIssue),
      ...(bill.notifyParty ? { notifyParties: [party(bill.notifyParty)] } : {}),
    },
    consignmentItems: bill.cargo.map((line) => ({
      // The corridor has no separate carrier booking: the bill number is the carrier's reference.
      carrierBookingReference: bill.number,
      descriptionOfGoods: [...lines(line.description), ...lines(line.descriptionZh)],
      HSCodes: [line.hsCode],
      ...(line.marks ? { shippingMarks: lines(line.marks) } : {}),
      cargoItems: stowageOf(line, bill).map((part, _, parts) => ({
        equipmentReference: part.container,
        cargoGrossWeight: { value: Number(part.grossWeightKg), unit: 'KGM' },
        // Net weight and volume are known per line; a line split over containers states them in none.
        ...(parts.length === 1 ? { cargoNetWeight: { value: Number(line.netWeightKg), unit: 'KGM' } } : {}),
        ...(parts.length === 1 && line.volumeM3 && Number(line.volumeM3) > 0 ? { cargoGrossVolume: { value: Number(line.volumeM3), unit: 'MTQ' } } : {}),
        outerPackaging: { packageCode: line.packageKind, numberOfPackages: part.packages, description: PACKAGE_NAMES[line.packageKind] ?? line.packageKind },
      })),
    })),
    utilizedTransportEquipments: bill.containers.map((c) => ({
      equipment: { equipmentReference: c.number, ISOEquipmentCode: c.sizeType },
      isShipperOwned: false,
      seals: c.seals.map((number) => ({ number })),
    })),
    ...(bill.dossier ? { references: [{ type: 'CR', value: bill.dossier.reference }] } : {}),
  };
}

function party(p: BillParty) {
  return {
    partyName: p.name.slice(0, 70),
    ...(p.address ? { addressLines: [p.address] } : {}),
    identifyingCodes: [identifyingCode(p.id)],
    taxLegalReferences: [taxLegalReference(p.id)],
  };
}

/**
 * DCSA wants the issuing carrier's structured address; the dossier has at most one line of it,
 * so the city is the place of issue, and the line (if any) is the street.
 */
function issuingParty(carrier: BillParty, placeOfIssue: string) {
  const location = findLocation(placeOfIssue);
  return {
    partyName: carrier.name.slice(0, 70),
    address: {
      street: (carrier.address ?? '').slice(0, 70),
      city: (location?.name ?? placeOfIssue).slice(0, 35),
      UNLocationCode: placeOfIssue,
      countryCode: carrier.country,
    },
    identifyingCodes: [identifyingCode(carrier.id)],
    taxLegalReferences: [taxLegalReference(carrier.id)],
  };
}

function place(code: string) {
  const location = findLocation(code);
  return { ...(location ? { locationName: location.name } : {}), UNLocationCode: code };
}

function carriageBy(legs: readonly TransportLeg[]): string | undefined {
  const modes = new Set(legs.map((leg) => CARRIAGE_BY[leg.mode]));
  if (modes.size === 0) return undefined;
  return modes.size === 1 ? [...modes][0] : 'MULTIMODAL';
}

/** The containers a cargo line is in: as the bill states, or, on a bill from before stowage was recorded, its one container. */
function stowageOf(line: BillDocument['cargo'][number], bill: BillDocument): readonly BillStowage[] {
  if (line.stowage?.length) return line.stowage;
  if (bill.containers.length === 1) return [{ container: bill.containers[0].number, packages: line.packages, grossWeightKg: line.grossWeightKg }];
  throw new NotExpressible(
    {
      en: `DCSA places each cargo line in a container; line ${line.lineNo} does not say which of the bill's ${bill.containers.length} containers it is in`,
      'zh-CN': `DCSA 要求每行货物归属于某个集装箱；第 ${line.lineNo} 行未说明装在该提单 ${bill.containers.length} 个集装箱中的哪一个`,
    },
    `cargo.${line.lineNo}.stowage`,
  );
}

function required(value: string | undefined, field: string): string {
  if (!value) {
    throw new NotExpressible(
      { en: `The sea leg has no ${field}; DCSA requires the vessel and voyage`, 'zh-CN': `海运段缺少 ${field}；DCSA 要求填写船名和航次` },
      `route.legs.${field}`,
    );
  }
  return value;
}

/** Text as DCSA's lines of at most 35 characters, broken between words where it can be. */
function lines(text: string, width = 35): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0; ) {
      const joined = line ? `${line} ${rest}` : rest;
      if (joined.length <= width) {
        line = joined;
        rest = '';
      } else if (line) {
        out.push(line);
        line = '';
      } else {
        out.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line) out.push(line);
  return out;
}

/** The date at the place of issue: China's nodes keep China Standard Time. */
function localDate(iso: string, placeOfIssue: string): string {
  const timeZone = placeOfIssue.startsWith('CN') ? 'Asia/Shanghai' : 'UTC';
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}
