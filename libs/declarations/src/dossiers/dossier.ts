/**
 * A shipment's master data, entered once: everything the filings are derived from. Money and
 * quantities are decimal strings ("1234.50"), never floats; dates are ISO dates (YYYY-MM-DD).
 */
export interface PartyRef {
  /** Unified social credit code, for organisations registered in China. */
  readonly uscc?: string;
  readonly country: string;
  /** National registration id, for organisations outside China. */
  readonly nationalId?: string;
  readonly name: string;
  readonly address?: string;
}

export type PartyRole = 'exporter' | 'importer' | 'notifyParty' | 'declarant' | 'carrier';

export type Incoterm = 'EXW' | 'FCA' | 'FAS' | 'FOB' | 'CFR' | 'CIF' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP';
export const INCOTERMS_2020: readonly Incoterm[] = ['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'];

export interface InvoiceLine {
  readonly lineNo: number;
  readonly productNameZh: string;
  readonly productNameEn: string;
  readonly model: string;
  /** China's 10-digit 商品编号; its first six digits are an HS subheading. */
  readonly hsCode: string;
  readonly originCountry: string;
  readonly quantity: string;
  /** UN/ECE Recommendation 20 unit code. */
  readonly unit: string;
  readonly unitPrice: string;
  readonly amount: string;
}

export interface PackingLine {
  /** The invoice line this packing line packs. */
  readonly lineNo: number;
  readonly quantity: string;
  readonly packages: number;
  /** UN/ECE Recommendation 21 package code. */
  readonly packageKind: string;
  readonly netWeightKg: string;
  readonly grossWeightKg: string;
  readonly volumeM3?: string;
  readonly marks?: string;
  /**
   * The container(s) the line is stowed in. A line in one container may leave out its packages
   * and weight there (all of the line); a line split over several gives them per container.
   * Optional when the dossier lists one container: everything is in it.
   */
  readonly stowage?: readonly Stowage[];
}

export interface Stowage {
  /** The ISO 6346 number of one of the dossier's containers. */
  readonly container: string;
  readonly packages?: number;
  readonly grossWeightKg?: string;
}

export type TransportMode = 'RAIL' | 'SEA' | 'ROAD' | 'AIR';

export interface TransportLeg {
  readonly sequence: number;
  readonly mode: TransportMode;
  /** UN/LOCODE of where the leg starts and ends. */
  readonly from: string;
  readonly to: string;
  readonly vesselName?: string;
  readonly voyageNumber?: string;
  readonly trainNumber?: string;
  readonly plannedDeparture: string;
  readonly plannedArrival: string;
}

export interface Container {
  /** ISO 6346 number with its check digit. */
  readonly number: string;
  /** ISO 6346 size and type code, e.g. 45G1. */
  readonly sizeType: string;
  readonly seals: readonly string[];
  readonly packages?: number;
  readonly grossWeightKg?: string;
}

export interface Dossier {
  readonly reference: string;
  readonly parties: Readonly<Partial<Record<PartyRole, PartyRef>>> & { readonly exporter: PartyRef; readonly importer: PartyRef };
  readonly contract: {
    readonly number: string;
    readonly date: string;
    readonly seller: PartyRef;
    readonly buyer: PartyRef;
    readonly incoterm: Incoterm;
    readonly incotermPlace: string;
    readonly currency: string;
    readonly paymentTerms?: string;
  };
  readonly invoice: {
    readonly number: string;
    readonly date: string;
    readonly seller: PartyRef;
    readonly buyer: PartyRef;
    readonly currency: string;
    readonly totalAmount: string;
    readonly freight?: string;
    readonly insurance?: string;
    readonly lines: readonly InvoiceLine[];
  };
  readonly packingList: {
    readonly shipper: PartyRef;
    readonly consignee: PartyRef;
    readonly lines: readonly PackingLine[];
  };
  readonly transport: {
    readonly placeOfReceipt: string;
    readonly portOfLoading: string;
    readonly portOfDischarge: string;
    readonly placeOfDelivery: string;
    readonly totalPackages: number;
    readonly legs: readonly TransportLeg[];
    readonly containers: readonly Container[];
  };
  /** China customs header fields for the export, or the import, declaration. */
  readonly customs: {
    /** 关区代码, 4 digits: the declaring customs office. */
    readonly customsOffice: string;
    /** 4 digits: the border customs office, 出境关别 of an export or 进境关别 of an import. */
    readonly exitOffice: string;
    /** 监管方式, 4 digits, e.g. 0110 一般贸易. */
    readonly tradeMode: string;
    /** 征免性质, 3 digits, e.g. 101 一般征税. */
    readonly exemptionNature: string;
    /** The free-trade agreement whose certificate of origin the exporter claims, where more than one covers the buyer. */
    readonly preferenceScheme?: 'FORM_E' | 'RCEP';
  };
}
