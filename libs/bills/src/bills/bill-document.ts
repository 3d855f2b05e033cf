import { Decimal } from 'decimal.js';
import { partyIdText } from '@landsea/auth';
import { type DossierSnapshot, type PartyRef, stowedParts, type TransportLeg } from '@landsea/declarations';
import type { BillKind } from './bill-state-machine.js';

export interface BillParty {
  /** The id the signed history names: USCC:… or country:national id. */
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly address?: string;
}

/**
 * The 一单制 multimodal bill of lading: one document for every leg, rail and sea, taken from the
 * dossier. Its SHA-256 over the canonical JSON is what every history entry signs.
 */
export interface BillDocument {
  readonly number: string;
  readonly kind: BillKind;
  readonly issuedAt: string;
  readonly placeOfIssue: string;
  readonly carrier: BillParty;
  readonly shipper: BillParty;
  /** The named consignee of a straight bill; for a bill to order, to the order of the shipper. */
  readonly consignee: BillParty | null;
  readonly toOrderOf: BillParty | null;
  readonly notifyParty: BillParty | null;
  /** The dossier the bill was issued from; null for a bill that arrived from another eBL platform. */
  readonly dossier: { readonly id: string; readonly reference: string; readonly version: number } | null;
  readonly route: {
    readonly placeOfReceipt: string;
    readonly portOfLoading: string;
    readonly portOfDischarge: string;
    readonly placeOfDelivery: string;
    readonly legs: readonly TransportLeg[];
  };
  readonly cargo: ReadonlyArray<{
    readonly lineNo: number;
    readonly description: string;
    readonly descriptionZh: string;
    readonly hsCode: string;
    readonly packages: number;
    readonly packageKind: string;
    readonly grossWeightKg: string;
    readonly netWeightKg: string;
    readonly volumeM3?: string;
    readonly marks?: string;
    /**
     * The container(s) the line is in, with its packages and gross weight in each. Bills issued
     * before stowage was recorded have none; their goods are in their one container.
     */
    readonly stowage?: ReadonlyArray<BillStowage>;
  }>;
  readonly containers: ReadonlyArray<{ readonly number: string; readonly sizeType: string; readonly seals: readonly string[] }>;
  readonly totals: { readonly packages: number; readonly grossWeightKg: string; readonly volumeM3: string };
  /** C and D terms: the seller paid the main carriage; E and F terms: the buyer pays at destination. */
  readonly freightPayment: 'PREPAID' | 'COLLECT';
  readonly replaces?: string;
}

export interface BillStowage {
  readonly container: string;
  readonly packages: number;
  readonly grossWeightKg: string;
}

export interface BillIssue {
  readonly number: string;
  readonly kind: BillKind;
  readonly issuedAt: Date;
  readonly replaces?: string;
}

export function billParty(party: PartyRef): BillParty {
  return { id: partyIdText(party), name: party.name, country: party.country, ...(party.address ? { address: party.address } : {}) };
}

/** The bill's document, every value taken from the dossier's current version: nothing re-keyed. */
export function billDocumentFrom(dossier: DossierSnapshot, issue: BillIssue): BillDocument {
  const d = dossier.document;
  const invoiceLines = new Map(d.invoice.lines.map((line) => [line.lineNo, line]));
  const carrier = d.parties.carrier;
  if (!carrier) throw new Error('A dossier without a carrier has no bill');
  const shipper = billParty(d.packingList.shipper);
  const parts = stowedParts(d);
  const cargo = d.packingList.lines.map((line, j) => {
    const invoiced = invoiceLines.get(line.lineNo);
    // A dossier is ready only when every part says its packages and weight; the bill states them.
    const stowage = parts.filter((p) => p.line === j).map((p) => ({ container: p.container, packages: p.packages ?? 0, grossWeightKg: p.grossWeightKg ?? '0.000' }));
    return {
      lineNo: line.lineNo,
      description: invoiced?.productNameEn ?? '',
      descriptionZh: invoiced?.productNameZh ?? '',
      hsCode: (invoiced?.hsCode ?? '').slice(0, 6),
      packages: line.packages,
      packageKind: line.packageKind,
      grossWeightKg: line.grossWeightKg,
      netWeightKg: line.netWeightKg,
      ...(line.volumeM3 ? { volumeM3: line.volumeM3 } : {}),
      ...(line.marks ? { marks: line.marks } : {}),
      ...(stowage.length ? { stowage } : {}),
    };
  });
  const sum = (values: ReadonlyArray<string | undefined>, places: number) =>
    values.reduce((total, value) => total.plus(value ?? 0), new Decimal(0)).toFixed(places);
  return {
    number: issue.number,
    kind: issue.kind,
    issuedAt: issue.issuedAt.toISOString(),
    placeOfIssue: d.transport.placeOfReceipt,
    carrier: billParty(carrier),
    shipper,
    consignee: issue.kind === 'STRAIGHT' ? billParty(d.packingList.consignee) : null,
    toOrderOf: issue.kind === 'TO_ORDER' ? shipper : null,
    notifyParty: d.parties.notifyParty ? billParty(d.parties.notifyParty) : null,
    dossier: { id: dossier.id, reference: dossier.reference, version: dossier.version },
    route: {
      placeOfReceipt: d.transport.placeOfReceipt,
      portOfLoading: d.transport.portOfLoading,
      portOfDischarge: d.transport.portOfDischarge,
      placeOfDelivery: d.transport.placeOfDelivery,
      legs: d.transport.legs,
    },
    cargo,
    containers: d.transport.containers.map((c) => ({ number: c.number, sizeType: c.sizeType, seals: c.seals })),
    totals: {
      packages: d.transport.totalPackages,
      grossWeightKg: sum(cargo.map((c) => c.grossWeightKg), 3),
      volumeM3: sum(cargo.map((c) => c.volumeM3), 3),
    },
    freightPayment: ['CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'].includes(d.contract.incoterm) ? 'PREPAID' : 'COLLECT',
    ...(issue.replaces ? { replaces: issue.replaces } : {}),
  };
}
