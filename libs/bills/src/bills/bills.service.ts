import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@landsea/audit';
import {
  type DirectoryOrganisation,
  ORGANISATION_DIRECTORY,
  type OrganisationDirectory,
  type PartyId,
  partyIdText,
  type Principal,
  RECORD_SIGNER,
  type RecordSigner,
} from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { DOSSIER_SOURCE, type DossierSource, type PartyRef } from '@landsea/declarations';
import { RequestContext } from '@landsea/observability';
import { OutboxService } from '@landsea/outbox';
import { BILL_STEP_AUDIT_ACTIONS } from '../bills.audit.js';
import { BillsErrors } from '../bills.errors.js';
import { BILL_ENTRY_TYPE, BILL_HEAD_TYPE, type BillEntryPayload, type BillHeadPayload } from '../chain/bill-entry.js';
import { canonicalJson, documentChecksum, sha256Hex } from '@landsea/signing';
import { type BillDocument, billDocumentFrom } from './bill-document.js';
import type { BillEntity } from './bill.entity.js';
import { BillRepository, type BillPositionColumns } from './bill.repository.js';
import { type BillAction, type BillCommand, type BillKind, type BillPosition, type BillTerms, decide, issuedPosition } from './bill-state-machine.js';

export const BILL_ENTRY_RECORDED = 'bills.entry-recorded';

export interface IssueBill {
  readonly dossierId: string;
  readonly number: string;
  readonly kind: BillKind;
}

export interface BillStepRequest {
  readonly action: BillCommand['action'];
  readonly to?: PartyId;
  /** For accepting a surrender for amendment: the number of the replacement bill. */
  readonly replacementNumber?: string;
  readonly reason?: string;
}

/** A bill arriving from another eBL platform, as the PINT envelope gave it. */
export interface BillArrival {
  readonly document: BillDocument;
  readonly holder: DirectoryOrganisation;
  /** The carrier, when it is registered on this node. */
  readonly carrier?: DirectoryOrganisation;
  /** The party on the other platform that sent it. */
  readonly from: string;
  /** The checksum of the envelope's last transfer chain entry. */
  readonly envelope: string;
  /** Who delivered it, for the audit trail: the sending platform. */
  readonly subject: string;
}

export interface BillStepResult {
  readonly bill: BillEntity;
  /** The replacement issued when a surrender for amendment is accepted. */
  readonly replacement?: BillEntity;
}

/**
 * The 一单制 bill as a document of title: issued from a dossier, held by exactly one
 * organisation, moved only by the rules, every step signed into a hash chain.
 */
@Injectable()
export class BillsService {
  constructor(
    private readonly bills: BillRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(DOSSIER_SOURCE) private readonly dossiers: DossierSource,
    @Inject(ORGANISATION_DIRECTORY) private readonly directory: OrganisationDirectory,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
  ) {}

  async issue(caller: Principal, request: IssueBill): Promise<BillEntity> {
    const carrier = await this.callerOrganisation(caller);
    const dossier = await this.dossiers.current(caller, request.dossierId);
    const named = dossier.document.parties.carrier;
    if (!named?.uscc || named.uscc !== carrier.uscc || !carrier.kinds.includes('CARRIER')) throw BillsErrors.notNamedCarrier();
    if (!dossier.ready) throw BillsErrors.dossierNotReady();
    const document = billDocumentFrom(dossier, { number: request.number, kind: request.kind, issuedAt: new Date() });
    const shipper = await this.registered(partyIdOf(dossier.document.packingList.shipper));
    return this.bills.transaction((manager) => this.insertIssued(caller, carrier, shipper, document, manager));
  }

  async step(caller: Principal, billId: string, request: BillStepRequest): Promise<BillStepResult> {
    const actor = await this.callerOrganisation(caller);
    const counterparty = request.to ? await this.registered(request.to) : undefined;
    return this.bills.transaction(async (manager) => {
      const bill = await this.bills.lockVisible(billId, actor.id, manager);
      if (!bill) throw BillsErrors.notFound(billId);
      if (request.action === 'PLEDGE' && counterparty && !counterparty.kinds.includes('BANK')) throw BillsErrors.pledgeeNotABank(partyIdText(counterparty));
      const command: BillCommand = { action: request.action, actor: partyIdText(actor), to: counterparty ? partyIdText(counterparty) : undefined };
      const step = decide(termsOf(bill), positionOf(bill), command);
      let replacement: BillEntity | undefined;
      if (request.action === 'ACCEPT_SURRENDER' && bill.surrenderPurpose === 'AMENDMENT') {
        replacement = await this.issueReplacement(caller, actor, bill, request.replacementNumber, manager);
      }
      const organisations = new Map<string | null, string | null>([
        [bill.holderParty, bill.holderOrganisationId],
        [bill.pendingParty, bill.pendingOrganisationId],
        [bill.pledgeeParty, bill.pledgeeOrganisationId],
        [bill.carrierParty, bill.carrierOrganisationId],
        [command.actor, actor.id],
        [command.to ?? null, counterparty?.id ?? null],
      ]);
      const organisationOf = (party: string | null): string | null => (party === null ? null : (organisations.get(party) ?? null));
      const next = step.next;
      const position: BillPositionColumns = {
        state: next.state,
        holderParty: next.holder,
        holderOrganisationId: organisationOf(next.holder) as string,
        pendingParty: next.pending,
        pendingOrganisationId: organisationOf(next.pending),
        pledgeeParty: next.pledgee,
        pledgeeOrganisationId: organisationOf(next.pledgee),
        surrenderPurpose: next.surrenderPurpose,
        sequence: bill.sequence + 1,
        headChecksum: '',
        headJws: null,
        involvedOrganisationIds: counterparty && !bill.involvedOrganisationIds.includes(counterparty.id) ? [...bill.involvedOrganisationIds, counterparty.id] : bill.involvedOrganisationIds,
      };
      const head = await this.appendEntry(caller.subject, bill, { action: request.action, actor: command.actor, from: step.from, to: step.to, reason: request.reason }, position, manager);
      await this.bills.move(bill.id, { ...position, ...head }, manager, replacement ? { replacedByBillId: replacement.id } : {});
      // The other side of the step: whom it moves the bill to or takes it from.
      const concerned = [step.to, step.from].map(organisationOf).find((id) => id !== null && id !== actor.id) ?? bill.holderOrganisationId;
      const details = { number: bill.number, from: step.from, to: step.to, state: next.state, ...(replacement ? { replacement: replacement.number } : {}) };
      await this.audit.record({ action: BILL_STEP_AUDIT_ACTIONS[request.action], actor: caller, organisationId: concerned, target: { type: 'bill', id: bill.id }, details }, manager);
      return { bill: { ...bill, ...position, ...head, replacedByBillId: replacement?.id ?? bill.replacedByBillId }, replacement };
    });
  }

  /**
   * The holder sends the bill to a party on another eBL platform. The rules decide first; then
   * `send` hands it over and answers with the envelope's last chain entry checksum. Only when it
   * succeeds is the step signed and the bill marked transferred out; any failure changes nothing.
   */
  async exportBill(caller: Principal, billId: string, recipient: string, send: (bill: BillEntity, manager: EntityManager) => Promise<string>): Promise<BillEntity> {
    const actor = await this.callerOrganisation(caller);
    return this.bills.transaction(async (manager) => {
      const bill = await this.bills.lockVisible(billId, actor.id, manager);
      if (!bill) throw BillsErrors.notFound(billId);
      const step = decide(termsOf(bill), positionOf(bill), { action: 'EXPORT', actor: partyIdText(actor), to: recipient });
      const envelope = await send(bill, manager);
      const position: BillPositionColumns = { ...pick(bill), state: step.next.state, sequence: bill.sequence + 1 };
      const head = await this.appendEntry(caller.subject, bill, { action: 'EXPORT', actor: partyIdText(actor), from: step.from, to: step.to, envelope }, position, manager);
      await this.bills.move(bill.id, { ...position, ...head }, manager);
      await this.audit.record({ action: BILL_STEP_AUDIT_ACTIONS.EXPORT, actor: caller, organisationId: actor.id, target: { type: 'bill', id: bill.id }, details: { number: bill.number, to: recipient, envelope } }, manager);
      return { ...bill, ...position, ...head };
    });
  }

  /**
   * A bill arriving from another eBL platform: held here by its recipient, its history here
   * starting with a signed IMPORT entry tied to the envelope it came in. `record` keeps the
   * envelope in the same transaction.
   */
  async importBill(arrival: BillArrival, record: (bill: BillEntity, manager: EntityManager) => Promise<void>): Promise<BillEntity> {
    const { document, holder, carrier } = arrival;
    const position = issuedPosition(partyIdText(holder));
    return this.bills.transaction(async (manager) => {
      const inserted = await this.bills.insert(
        {
          number: document.number,
          carrierOrganisationId: carrier?.id ?? null,
          carrierParty: document.carrier.id,
          kind: document.kind,
          state: position.state,
          holderParty: position.holder,
          holderOrganisationId: holder.id,
          pendingParty: null,
          pendingOrganisationId: null,
          pledgeeParty: null,
          pledgeeOrganisationId: null,
          surrenderPurpose: null,
          consigneeParty: document.consignee?.id ?? null,
          dossierId: null,
          dossierVersion: null,
          document,
          documentChecksum: documentChecksum(document),
          sequence: 1,
          headChecksum: '',
          headJws: null,
          replacesBillId: null,
          replacedByBillId: null,
          involvedOrganisationIds: [...new Set([holder.id, ...(carrier ? [carrier.id] : [])])],
        },
        manager,
      );
      if (inserted === 'duplicate') throw BillsErrors.numberTaken(document.number);
      const head = await this.appendEntry(
        arrival.subject,
        inserted,
        { action: 'IMPORT', actor: arrival.from, from: arrival.from, to: position.holder, issue: { kind: inserted.kind, consignee: inserted.consigneeParty }, envelope: arrival.envelope },
        { state: inserted.state, holderParty: inserted.holderParty, sequence: 1 },
        manager,
      );
      await this.bills.move(inserted.id, { ...pick(inserted), ...head }, manager);
      const bill = { ...inserted, ...head };
      await record(bill, manager);
      const details = { number: bill.number, from: arrival.from, envelope: arrival.envelope };
      await this.audit.record({ action: BILL_STEP_AUDIT_ACTIONS.IMPORT, actor: { subject: arrival.subject, organisationId: null }, organisationId: holder.id, target: { type: 'bill', id: bill.id }, details }, manager);
      return bill;
    });
  }

  async get(caller: Principal, id: string): Promise<BillEntity> {
    const organisation = this.organisationIdOf(caller);
    const bill = await this.bills.findVisible(id, organisation);
    if (!bill) throw BillsErrors.notFound(id);
    return bill;
  }

  list(caller: Principal, filter: { holding?: boolean; dossierId?: string }, limit: number): Promise<BillEntity[]> {
    return this.bills.listVisible(this.organisationIdOf(caller), limit, filter);
  }

  private async insertIssued(
    caller: Principal,
    carrier: DirectoryOrganisation,
    shipper: DirectoryOrganisation,
    document: BillDocument,
    manager: EntityManager,
    replaces?: BillEntity,
  ): Promise<BillEntity> {
    const position = issuedPosition(partyIdText(shipper));
    const inserted = await this.bills.insert(
      {
        number: document.number,
        carrierOrganisationId: carrier.id,
        carrierParty: partyIdText(carrier),
        kind: document.kind,
        state: position.state,
        holderParty: position.holder,
        holderOrganisationId: shipper.id,
        pendingParty: null,
        pendingOrganisationId: null,
        pledgeeParty: null,
        pledgeeOrganisationId: null,
        surrenderPurpose: null,
        consigneeParty: document.consignee?.id ?? null,
        dossierId: document.dossier?.id ?? null,
        dossierVersion: document.dossier?.version ?? null,
        document,
        documentChecksum: documentChecksum(document),
        sequence: 1,
        headChecksum: '',
        headJws: null,
        replacesBillId: replaces?.id ?? null,
        replacedByBillId: null,
        involvedOrganisationIds: [...new Set([carrier.id, shipper.id, ...(replaces?.involvedOrganisationIds ?? [])])],
      },
      manager,
    );
    if (inserted === 'duplicate') throw BillsErrors.numberTaken(document.number);
    const head = await this.appendEntry(
      caller.subject,
      inserted,
      { action: 'ISSUE', actor: inserted.carrierParty, from: null, to: position.holder, issue: { kind: inserted.kind, consignee: inserted.consigneeParty, replaces: replaces?.number } },
      { state: inserted.state, holderParty: inserted.holderParty, sequence: 1 },
      manager,
    );
    await this.bills.move(inserted.id, { ...pick(inserted), ...head }, manager);
    const details = { number: inserted.number, kind: inserted.kind, holder: inserted.holderParty, ...(replaces ? { replaces: replaces.number } : {}) };
    await this.audit.record({ action: BILL_STEP_AUDIT_ACTIONS.ISSUE, actor: caller, organisationId: shipper.id, target: { type: 'bill', id: inserted.id }, details }, manager);
    return { ...inserted, ...head };
  }

  /** A surrender for amendment ends with a new bill from the dossier's current version, linked to the old. */
  private async issueReplacement(caller: Principal, carrier: DirectoryOrganisation, bill: BillEntity, number: string | undefined, manager: EntityManager) {
    if (!number) throw BillsErrors.replacementNumberRequired();
    if (!bill.dossierId) throw BillsErrors.dossierNotReady();
    const dossier = await this.dossiers.current(caller, bill.dossierId);
    if (!dossier.ready) throw BillsErrors.dossierNotReady();
    const holder = await this.directory.byId(bill.holderOrganisationId);
    if (!holder) throw BillsErrors.partyNotRegistered(bill.holderParty);
    const document = billDocumentFrom(dossier, { number, kind: bill.kind, issuedAt: new Date(), replaces: bill.number });
    return this.insertIssued(caller, carrier, holder, document, manager, bill);
  }

  /**
   * Signs the step into the bill's history, links it to the head, signs the new head (where the
   * history now ends), and tells the other contexts, the signed head with the entry.
   */
  private async appendEntry(
    subject: string,
    bill: BillEntity,
    step: {
      action: BillAction;
      actor: string;
      from: string | null;
      to: string | null;
      reason?: string;
      issue?: { kind: BillKind; consignee: string | null; replaces?: string };
      envelope?: string;
    },
    position: Pick<BillPositionColumns, 'state' | 'holderParty' | 'sequence'>,
    manager: EntityManager,
  ): Promise<Pick<BillEntity, 'headChecksum' | 'headJws'>> {
    const at = new Date();
    const payload: BillEntryPayload = {
      bill: bill.number,
      carrier: bill.carrierParty,
      sequence: position.sequence,
      action: step.action,
      actor: step.actor,
      from: step.from,
      to: step.to,
      time: at.toISOString(),
      documentChecksum: bill.documentChecksum,
      previousChecksum: position.sequence === 1 ? null : bill.headChecksum,
      node: this.config.get('NODE_PROVINCE', { infer: true }),
      ...(step.reason ? { reason: step.reason } : {}),
      ...(step.issue ? { kind: step.issue.kind, consignee: step.issue.consignee, ...(step.issue.replaces ? { replaces: step.issue.replaces } : {}) } : {}),
      ...(step.envelope ? { envelope: step.envelope } : {}),
    };
    const jws = await this.signer.sign(new TextEncoder().encode(canonicalJson(payload)), { typ: BILL_ENTRY_TYPE });
    const checksum = sha256Hex(jws);
    const head: BillHeadPayload = {
      bill: payload.bill,
      carrier: payload.carrier,
      sequence: payload.sequence,
      checksum,
      state: position.state,
      signedAt: payload.time,
      node: payload.node,
    };
    const headJws = await this.signer.sign(new TextEncoder().encode(canonicalJson(head)), { typ: BILL_HEAD_TYPE });
    await this.bills.appendEntry(
      {
        billId: bill.id,
        sequence: payload.sequence,
        action: payload.action,
        actorParty: payload.actor,
        fromParty: payload.from,
        toParty: payload.to,
        at,
        documentChecksum: payload.documentChecksum,
        previousChecksum: payload.previousChecksum,
        jws,
        checksum,
        actorSubject: subject,
        correlationId: RequestContext.correlationId() ?? null,
      },
      manager,
    );
    await this.outbox.record(manager, 'bills', {
      type: BILL_ENTRY_RECORDED,
      aggregateType: 'bill',
      aggregateId: bill.id,
      payload: {
        billId: bill.id,
        number: bill.number,
        carrier: bill.carrierParty,
        dossierId: bill.dossierId,
        sequence: payload.sequence,
        action: payload.action,
        state: position.state,
        holder: position.holderParty,
        at: payload.time,
        jws,
        head: headJws,
        ...(payload.action === 'ISSUE' || payload.action === 'IMPORT' ? { document: bill.document } : {}),
      },
    });
    return { headChecksum: checksum, headJws };
  }

  private async callerOrganisation(caller: Principal): Promise<DirectoryOrganisation> {
    const organisation = await this.directory.byId(this.organisationIdOf(caller));
    if (!organisation) throw BillsErrors.partyNotRegistered(caller.uscc ?? caller.subject);
    return organisation;
  }

  private organisationIdOf(caller: Principal): string {
    if (!caller.organisationId) throw BillsErrors.partyNotRegistered(caller.uscc ?? caller.subject);
    return caller.organisationId;
  }

  /** The counterparty of a step must be an organisation this node knows and has approved. */
  private async registered(party: PartyId): Promise<DirectoryOrganisation> {
    const found = await this.directory.byParty(party);
    const text = partyIdText('uscc' in party ? { uscc: party.uscc, country: 'CN' } : party);
    if (!found) throw BillsErrors.partyNotRegistered(text);
    if (!found.approved) throw BillsErrors.partyNotApproved(text);
    return found;
  }
}

function partyIdOf(party: PartyRef): PartyId {
  return party.uscc ? { uscc: party.uscc } : { country: party.country, nationalId: party.nationalId ?? '' };
}

function termsOf(bill: BillEntity): BillTerms {
  return { kind: bill.kind, carrier: bill.carrierParty, consignee: bill.consigneeParty };
}

function positionOf(bill: BillEntity): BillPosition {
  return { state: bill.state, holder: bill.holderParty, pending: bill.pendingParty, pledgee: bill.pledgeeParty, surrenderPurpose: bill.surrenderPurpose };
}

function pick(bill: BillEntity): BillPositionColumns {
  const { state, holderParty, holderOrganisationId, pendingParty, pendingOrganisationId, pledgeeParty, pledgeeOrganisationId, surrenderPurpose, sequence, headChecksum, headJws, involvedOrganisationIds } = bill;
  return { state, holderParty, holderOrganisationId, pendingParty, pendingOrganisationId, pledgeeParty, pledgeeOrganisationId, surrenderPurpose, sequence, headChecksum, headJws, involvedOrganisationIds };
}
