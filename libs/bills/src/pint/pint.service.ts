import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import {
  ORGANISATION_DIRECTORY,
  type OrganisationDirectory,
  PARTNER_KEYS,
  type PartnerKeys,
  type PartyId,
  partyIdText,
  type Principal,
  RECORD_SIGNER,
  type RecordSigner,
  type TrustedPlatform,
} from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { attachmentMediaType } from '../attachments/attachments.service.js';
import { BillsErrors } from '../bills.errors.js';
import { BillAttachmentEntity, type BillEntity } from '../bills/bill.entity.js';
import { BillRepository } from '../bills/bill.repository.js';
import { BillsService } from '../bills/bills.service.js';
import { documentChecksum, sha256Hex } from '@landsea/signing';
import { exportTransportDocument, pintSchemas } from '../dcsa/dcsa-export.js';
import { identifyingCode, partyIdFromCodes, partyIdFromText } from '../dcsa/dcsa-parties.js';
import { DcsaService } from '../dcsa/dcsa.service.js';
import { billDocumentFromTransportDocument, partyIdOfDcsaParty } from './imported-bill-document.js';
import {
  additionalDocuments,
  base64Length,
  buildEnvelope,
  conform,
  type DocumentMetadata,
  type EblEnvelope,
  type EnvelopeTransferFinishedResponse,
  type EnvelopeTransferStartedResponse,
  LANDSEA_PLATFORM,
  type OpenedEnvelope,
  openEnvelope,
  PINT_HTTP_STATUS,
  type PintParty,
  type PintResponseCode,
  type PintTransaction,
  signJson,
  verified,
} from './pint-envelope.js';
import type { PintEnvelopeEntity } from './pint-envelope.entity.js';
import { PintEnvelopeRepository } from './pint-envelope.repository.js';

const SEND_TIMEOUT_MS = 15_000;
/** Rounds of sending what the receiver reports missing before giving up on a transfer for now. */
const DOCUMENT_ROUNDS = 2;

export interface PintAnswer {
  readonly status: number;
  /** The signed EnvelopeTransferFinishedResponse, as PINT's answer body. */
  readonly signed: string;
}

/** PINT's answers: a signed finished response, an unsigned started one (201), or none (204). */
export type PintReply = PintAnswer | { readonly status: 201; readonly started: EnvelopeTransferStartedResponse } | { readonly status: 204 };

export interface PintTransferRequest {
  readonly platformUrl: string;
  readonly recipient: PartyId;
  readonly recipientName: string;
}

type Opened = Extract<OpenedEnvelope, { ok: true }>;

/** What an envelope will make here once accepted. */
interface Acceptance {
  readonly document: ReturnType<typeof billDocumentFromTransportDocument>;
  readonly holder: NonNullable<Awaited<ReturnType<OrganisationDirectory['byParty']>>>;
  readonly carrier: Awaited<ReturnType<OrganisationDirectory['byParty']>>;
  readonly transfer: PintTransaction;
}

/**
 * DCSA PINT 3.0.0 between this node and partner platforms: bills arrive as signed envelopes and
 * are answered RECE, DUPE, BSIG, BENV or DISE, those with supporting documents once the documents
 * have arrived; a holder sends a bill on the same way, its attachments as supporting documents.
 */
@Injectable()
export class PintService {
  constructor(
    private readonly bills: BillsService,
    private readonly billRows: BillRepository,
    private readonly envelopes: PintEnvelopeRepository,
    private readonly dcsa: DcsaService,
    private readonly config: ConfigService<AppConfig, true>,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
    @Inject(PARTNER_KEYS) private readonly partners: PartnerKeys,
    @Inject(ORGANISATION_DIRECTORY) private readonly directory: OrganisationDirectory,
  ) {}

  /**
   * Start of transfer: an envelope from a partner platform. Nothing changes here unless the answer
   * is RECE, or the envelope lists documents, when it waits for them (201, with what is missing).
   */
  async receive(body: unknown): Promise<PintReply> {
    const opened = await this.open(body);
    if (!opened) throw BillsErrors.notAnEnvelope();
    if (!opened.ok) return this.answer(opened.lastChecksum, opened.code, opened.reason);
    const last = opened.checksums[opened.checksums.length - 1];

    const earlier = await this.envelopes.received(last);
    if (earlier?.responseCode) return this.duplicate(earlier);
    const assessed = await this.assess(opened, last);
    if ('answer' in assessed) {
      if (earlier) await this.envelopes.discard(earlier.id);
      return assessed.answer;
    }
    const documents = additionalDocuments(opened.manifest);
    // Refused at the start, before any document is sent, rather than one by one as each is too large.
    const limit = this.config.get('ATTACHMENT_MAX_BYTES', { infer: true });
    const oversize = documents.find((d) => d.size > limit);
    if (oversize) {
      if (earlier) await this.envelopes.discard(earlier.id);
      return this.answer(last, 'BENV', `Supporting document ${oversize.documentChecksum} is ${oversize.size} bytes; this platform takes documents of at most ${limit} bytes`);
    }
    if (documents.length === 0) {
      await this.accept(opened, assessed, undefined);
      return this.answer(last, 'RECE');
    }
    // Started again while under way: PINT takes it as a retry of the same transfer.
    const pending =
      earlier ??
      (await this.envelopes.keepPending({
        direction: 'IN',
        billId: null,
        transportDocumentReference: assessed.document.number,
        transportDocumentChecksum: opened.transportDocumentChecksum,
        lastEntryChecksum: last,
        entryChecksums: [...opened.checksums],
        envelope: opened.envelope,
        platform: opened.sender.provinceCode,
        responseCode: null,
        supportingDocuments: documents,
      }));
    const missing = await this.missing(pending);
    if (missing.length === 0) return this.finish(pending.id);
    const started: EnvelopeTransferStartedResponse = {
      envelopeReference: pending.id,
      transportDocumentChecksum: opened.transportDocumentChecksum,
      lastEnvelopeTransferChainEntrySignedContentChecksum: last,
      missingAdditionalDocumentChecksums: missing,
    };
    conform('EnvelopeTransferStartedResponse', started);
    return { status: 201, started };
  }

  /**
   * One additional document of a pending transfer, as a Base64 JSON string. One the manifest does
   * not declare, or whose checksum or size is not the declared one, is answered INCD; the
   * transfer stays open for the right document.
   */
  async receiveDocument(reference: string, checksum: string, body: unknown): Promise<PintReply> {
    const pending = await this.envelopes.incoming(reference);
    if (!pending) throw BillsErrors.envelopeNotFound(reference);
    if (typeof body !== 'string' || body.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) throw BillsErrors.documentNotBase64();
    const declared = pending.supportingDocuments.find((d) => d.documentChecksum === checksum);
    const incd = (reason: string) => this.answer(pending.lastEntryChecksum, 'INCD', reason);
    if (!declared) return incd(`The envelope manifest declares no additional document ${checksum.slice(0, 64)}`);
    // The size is known from the Base64 text's length, before a byte is decoded.
    if (body.length !== base64Length(declared.size)) return incd(`The document is not ${declared.size} bytes, as the manifest declares`);
    const content = Buffer.from(body, 'base64');
    if (sha256Hex(content) !== checksum) return incd(`The document's SHA-256 is ${sha256Hex(content)}, not ${checksum}`);
    if (content.length !== declared.size) return incd(`The document is ${content.length} bytes; the manifest declares ${declared.size}`);
    if (pending.responseCode === null) await this.envelopes.addDocument(pending.id, checksum, content);
    return { status: 204 };
  }

  /** Finish of transfer: RECE once every declared document is here, MDOC naming those that are not. */
  async finish(reference: string): Promise<PintReply> {
    const pending = await this.envelopes.incoming(reference);
    if (!pending) throw BillsErrors.envelopeNotFound(reference);
    if (pending.responseCode) return this.duplicate(pending);
    const last = pending.lastEntryChecksum;
    const missing = await this.missing(pending);
    if (missing.length > 0) return this.answer(last, 'MDOC', 'Send these additional documents, then finish the transfer again', { missingAdditionalDocumentChecksums: missing });
    // Checked again: keys, holders and bills here may have changed since the transfer started.
    const opened = await this.open(pending.envelope);
    const assessed = opened?.ok ? await this.assess(opened, last) : { answer: await this.answer(last, opened?.ok === false ? opened.code : 'BENV', opened?.ok === false ? opened.reason : 'The envelope no longer opens') };
    if ('answer' in assessed || !opened?.ok) {
      await this.envelopes.discard(pending.id);
      return (assessed as { answer: PintAnswer }).answer;
    }
    await this.accept(opened, assessed, pending);
    return this.answer(last, 'RECE', undefined, { receivedAdditionalDocumentChecksums: pending.supportingDocuments.map((d) => d.documentChecksum) });
  }

  /** The holder sends the bill to a party on a partner platform; on RECE (or DUPE) it is transferred out here. */
  send(caller: Principal, billId: string, request: PintTransferRequest): Promise<BillEntity> {
    const recipient = partyIdText('uscc' in request.recipient ? { uscc: request.recipient.uscc, country: 'CN' } : request.recipient);
    return this.bills.exportBill(caller, billId, recipient, async (bill, manager) => {
      const platform = (await this.partners.trusted()).find((p) => sameUrl(p.baseUrl, request.platformUrl));
      if (!platform) throw BillsErrors.platformNotTrusted(request.platformUrl);
      const attachments = await this.attachmentsWithContent(bill.id, manager);
      // The envelope signed for an earlier try, if the answer to it was lost: the same one again,
      // so a receiver that accepted it answers DUPE rather than seeing a second spending.
      const outgoing =
        (await this.envelopes.pendingOut(bill.id, recipient, platform.provinceCode, bill.headChecksum)) ??
        (await this.keepOutgoing(bill, recipient, platform.provinceCode, { partyName: request.recipientName, eblPlatform: LANDSEA_PLATFORM, identifyingCodes: [identifyingCode(recipient)] }, attachments));
      const last = outgoing.lastEntryChecksum;
      const answer = await this.transfer(platform, outgoing, new Map(attachments.map((a) => [a.sha256, a.content])));
      if (answer.responseCode !== 'RECE' && answer.responseCode !== 'DUPE') {
        // BSIG, BENV and DISE end the transfer; INCD and MDOC leave it open for a retry.
        if (answer.responseCode !== 'INCD' && answer.responseCode !== 'MDOC') await this.envelopes.discard(outgoing.id);
        throw BillsErrors.transferRefused(answer.responseCode, answer.reason);
      }
      await this.envelopes.settle(outgoing.id, answer.responseCode, bill.id, manager);
      return last;
    });
  }

  private async keepOutgoing(bill: BillEntity, recipient: string, platform: string, party: PintParty, attachments: readonly BillAttachmentEntity[]): Promise<PintEnvelopeEntity> {
    const supportingDocuments: DocumentMetadata[] = attachments.map((a) => ({
      name: a.name.replace(/\s+/g, ' ').trim() || a.sha256,
      size: a.sizeBytes,
      mediaType: a.mediaType,
      documentChecksum: a.sha256,
    }));
    const envelope = await this.envelopeFor(bill, party, supportingDocuments);
    return this.envelopes.keepPending({
      direction: 'OUT',
      billId: bill.id,
      transportDocumentReference: bill.number,
      transportDocumentChecksum: documentChecksum(envelope.transportDocument),
      lastEntryChecksum: sha256Hex(envelope.envelopeTransferChain[envelope.envelopeTransferChain.length - 1]),
      entryChecksums: envelope.envelopeTransferChain.map((jws) => sha256Hex(jws)),
      envelope,
      platform,
      responseCode: null,
      recipient,
      billHeadChecksum: bill.headChecksum,
      supportingDocuments,
    });
  }

  private async attachmentsWithContent(billId: string, manager: EntityManager): Promise<BillAttachmentEntity[]> {
    return manager
      .getRepository(BillAttachmentEntity)
      .createQueryBuilder('a')
      .addSelect('a.content')
      .where('a.bill_id = :billId', { billId })
      .orderBy('a.created_at', 'ASC')
      .getMany();
  }

  private async open(body: unknown): Promise<OpenedEnvelope | undefined> {
    const platforms = await this.partners.trusted();
    const own: TrustedPlatform = { provinceCode: 'self', baseUrl: '', keys: await this.signer.recordKeys() };
    return openEnvelope(body, platforms, own);
  }

  /** Whether an opened envelope can be accepted here, and what it would make; or the answer refusing it. */
  private async assess(opened: Opened, last: string): Promise<Acceptance | { answer: PintAnswer }> {
    const refuse = async (code: PintResponseCode, reason: string) => ({ answer: await this.answer(last, code, reason) });
    // A chain that leaves out transfers this node has seen is a second spending of the same bill.
    const known = await this.envelopes.forDocument(opened.transportDocumentChecksum);
    if (known.some((k) => k.entryChecksums.some((c) => !opened.checksums.includes(c)))) {
      return refuse('DISE', 'This platform knows transfers of this document that the envelope leaves out');
    }
    const transfer = opened.entries[opened.entries.length - 1].transactions.at(-1) as PintTransaction;
    if (transfer.actionCode !== 'TRANSFER' || transfer.recipient?.eblPlatform !== LANDSEA_PLATFORM) {
      return refuse('BENV', 'The last transaction does not transfer possession to a party on this platform');
    }
    const recipientId = partyIdFromCodes(transfer.recipient.identifyingCodes);
    const holder = recipientId ? await this.directory.byParty(recipientId) : undefined;
    if (!holder?.approved) return refuse('BENV', 'The recipient is not an organisation registered and approved on this platform');
    const document = billDocumentFromTransportDocument(opened.envelope.transportDocument);
    if (document.kind === 'STRAIGHT' && document.consignee?.id !== partyIdText(holder)) {
      return refuse('BENV', 'A straight bill goes to its named consignee only');
    }
    const here = await this.billRows.findByNumber(document.number, document.carrier.id);
    if (here.length > 0) {
      return here.some((b) => b.state === 'TRANSFERRED_OUT')
        ? refuse('BENV', 'This platform sent this bill on earlier; taking a bill back is not supported yet')
        : refuse('DISE', `This platform already holds bill ${document.number} of this carrier`);
    }
    const carrierId = partyIdFromCodes((opened.envelope.transportDocument.documentParties as { issuingParty: { identifyingCodes?: [] } }).issuingParty.identifyingCodes);
    const carrier = carrierId ? await this.directory.byParty(carrierId) : undefined;
    return { document, holder, carrier, transfer };
  }

  /** The bill arrives: created for its holder, with the envelope and, from a pending transfer, its documents as attachments. */
  private async accept(opened: Opened, acceptance: Acceptance, pending: PintEnvelopeEntity | undefined): Promise<void> {
    const last = opened.checksums[opened.checksums.length - 1];
    const { document, holder, carrier, transfer } = acceptance;
    await this.bills.importBill(
      { document, holder, carrier, from: partyIdOfDcsaParty(transfer.actor), envelope: last, subject: `pint:${opened.sender.provinceCode}` },
      async (bill, manager) => {
        if (!pending) {
          return this.envelopes.record(
            {
              direction: 'IN',
              billId: bill.id,
              transportDocumentReference: document.number,
              transportDocumentChecksum: opened.transportDocumentChecksum,
              lastEntryChecksum: last,
              entryChecksums: [...opened.checksums],
              envelope: opened.envelope,
              platform: opened.sender.provinceCode,
              responseCode: 'RECE',
            },
            manager,
          );
        }
        const received = new Map((await this.envelopes.takeDocuments(pending.id, manager)).map((d) => [d.checksum, d.content]));
        for (const meta of pending.supportingDocuments) {
          const content = received.get(meta.documentChecksum) as Buffer;
          await manager
            .getRepository(BillAttachmentEntity)
            .createQueryBuilder()
            .insert()
            .values({
              billId: bill.id,
              name: meta.name.slice(0, 255),
              // The type this node serves an attachment as is the one its bytes show, not the one declared.
              mediaType: attachmentMediaType(content) ?? 'application/octet-stream',
              sizeBytes: content.length,
              sha256: meta.documentChecksum,
              content,
              uploadedByOrganisationId: holder.id,
            })
            .orIgnore()
            .execute();
        }
        await this.envelopes.settle(pending.id, 'RECE', bill.id, manager);
      },
    );
  }

  private async missing(pending: PintEnvelopeEntity): Promise<string[]> {
    const have = new Set(await this.envelopes.documentChecksums(pending.id));
    return pending.supportingDocuments.map((d) => d.documentChecksum).filter((c) => !have.has(c));
  }

  private duplicate(accepted: PintEnvelopeEntity): Promise<PintAnswer> {
    const documents = accepted.supportingDocuments.map((d) => d.documentChecksum);
    return this.answer(accepted.lastEntryChecksum, 'DUPE', 'This envelope was received and accepted before', {
      duplicateOfAcceptedEnvelopeTransferChainEntrySignedContent: accepted.envelope.envelopeTransferChain[accepted.envelope.envelopeTransferChain.length - 1],
      ...(documents.length ? { receivedAdditionalDocumentChecksums: documents } : {}),
    });
  }

  /**
   * The envelope for a bill leaving: the document and chain it arrived with, if it did, or its
   * DCSA document as issued here; then this platform's entry with what happened here.
   */
  private async envelopeFor(bill: BillEntity, recipient: PintParty, supportingDocuments: readonly DocumentMetadata[]): Promise<EblEnvelope> {
    const arrival = await this.envelopes.arrivalOf(bill.id);
    const transportDocument = arrival?.envelope.transportDocument ?? exportTransportDocument(bill.document, this.dcsa.context('ISSUED'));
    const names = new Map<string, string>([bill.document.carrier, bill.document.shipper, bill.document.consignee, bill.document.notifyParty].filter((p) => p !== null).map((p) => [p.id, p.name]));
    const party = async (id: string): Promise<PintParty> => {
      const name = names.get(id) ?? (await this.directory.byParty(partyIdFromText(id)))?.name ?? id;
      return { partyName: name.slice(0, 70), eblPlatform: LANDSEA_PLATFORM, identifyingCodes: [identifyingCode(id)] };
    };
    const transactions: PintTransaction[] = [];
    const toOrder = bill.kind === 'TO_ORDER';
    for (const entry of await this.billRows.entries(bill.id)) {
      const at = new Date(entry.at).toISOString();
      const step = async (actionCode: string, from: string | null, to: string | null) =>
        transactions.push({ actionCode, actor: await party(from ?? entry.actorParty), ...(to ? { recipient: await party(to) } : {}), actionDateTime: at });
      // PINT records issue, endorsement and possession; pledges and refused offers stay internal.
      if (entry.action === 'ISSUE') await step('ISSUE', entry.actorParty, entry.toParty);
      if (entry.action === 'ACCEPT_TRANSFER' || entry.action === 'ENFORCE_PLEDGE') {
        if (toOrder) await step('ENDORSE_TO_ORDER', entry.fromParty, entry.toParty);
        await step('TRANSFER', entry.fromParty, entry.toParty);
      }
    }
    const holder = await party(bill.holderParty);
    const now = new Date().toISOString();
    if (toOrder) transactions.push({ actionCode: 'ENDORSE_TO_ORDER', actor: holder, recipient, actionDateTime: now });
    transactions.push({ actionCode: 'TRANSFER', actor: holder, recipient, actionDateTime: now });
    return buildEnvelope(this.signer, {
      transportDocument,
      previousChain: arrival?.envelope.envelopeTransferChain ?? [],
      transactions,
      issueTo: await party(bill.document.shipper.id),
      supportingDocuments,
    });
  }

  /**
   * Runs one transfer: starts it, sends each document the receiver reports missing, finishes it;
   * the partner's signed answer alone decides the outcome.
   */
  private async transfer(platform: TrustedPlatform, outgoing: PintEnvelopeEntity, documents: ReadonlyMap<string, Buffer>): Promise<EnvelopeTransferFinishedResponse> {
    const last = outgoing.lastEntryChecksum;
    const start = await this.call(platform, 'POST', '/v3/envelopes', outgoing.envelope);
    if (start.status !== 201) return this.signedAnswer(platform, start, last);
    const started = start.body as EnvelopeTransferStartedResponse;
    if (!pintSchemas().check('EnvelopeTransferStartedResponse', started).valid) {
      throw BillsErrors.noSignedAnswer({
        en: 'HTTP 201 without an EnvelopeTransferStartedResponse',
        'zh-CN': 'HTTP 201 应答中没有 EnvelopeTransferStartedResponse',
      });
    }
    if (started.lastEnvelopeTransferChainEntrySignedContentChecksum !== last) {
      throw BillsErrors.noSignedAnswer({ en: 'the started transfer is for another envelope', 'zh-CN': '已发起的转让针对的是另一个信封' });
    }
    const base = `/v3/envelopes/${encodeURIComponent(started.envelopeReference)}`;
    let missing = started.missingAdditionalDocumentChecksums;
    let answer: EnvelopeTransferFinishedResponse | undefined;
    for (let round = 0; round < DOCUMENT_ROUNDS && missing.length > 0; round++) {
      for (const checksum of missing) {
        const content = documents.get(checksum);
        if (!content) {
          throw BillsErrors.transferRefused('MDOC', {
            en: `the platform asks for a document ${checksum} this bill does not have`,
            'zh-CN': `对方平台索要的单据 ${checksum} 不在该提单的附件中`,
          });
        }
        const sent = await this.call(platform, 'PUT', `${base}/additional-documents/${checksum}`, content.toString('base64'));
        if (sent.status !== 204) return this.signedAnswer(platform, sent, last);
      }
      answer = await this.signedAnswer(platform, await this.call(platform, 'PUT', `${base}/finish-transfer`), last);
      missing = answer.responseCode === 'MDOC' ? (answer.missingAdditionalDocumentChecksums ?? []) : [];
    }
    return answer ?? this.signedAnswer(platform, await this.call(platform, 'PUT', `${base}/finish-transfer`), last);
  }

  private async call(platform: TrustedPlatform, method: 'POST' | 'PUT', path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    try {
      const res = await fetch(`${platform.baseUrl}${path}`, {
        method,
        headers: { 'api-version': '3', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      return { status: res.status, body: res.status === 204 ? undefined : await res.json().catch(() => undefined) };
    } catch (error) {
      const reason = (error as Error).message;
      throw BillsErrors.noSignedAnswer({ en: `no answer: ${reason}`, 'zh-CN': `无应答：${reason}` });
    }
  }

  private async signedAnswer(platform: TrustedPlatform, res: { status: number; body: unknown }, last: string): Promise<EnvelopeTransferFinishedResponse> {
    const answer = typeof res.body === 'string' ? await verified<EnvelopeTransferFinishedResponse>(res.body, platform.keys) : undefined;
    if (!answer || !pintSchemas().check('EnvelopeTransferFinishedResponse', answer).valid) {
      throw BillsErrors.noSignedAnswer({ en: `HTTP ${res.status}`, 'zh-CN': `HTTP ${res.status}` });
    }
    if (answer.lastEnvelopeTransferChainEntrySignedContentChecksum !== last) {
      throw BillsErrors.noSignedAnswer({ en: 'the answer is for another envelope', 'zh-CN': '应答针对的是另一个信封' });
    }
    return answer;
  }

  private async answer(last: string, responseCode: PintResponseCode, reason?: string, extra: Partial<EnvelopeTransferFinishedResponse> = {}): Promise<PintAnswer> {
    const response: EnvelopeTransferFinishedResponse = {
      lastEnvelopeTransferChainEntrySignedContentChecksum: last,
      responseCode,
      ...(reason ? { reason: reason.slice(0, 255) } : {}),
      ...extra,
    };
    conform('EnvelopeTransferFinishedResponse', response);
    return { status: PINT_HTTP_STATUS[responseCode], signed: await signJson(this.signer, response) };
  }
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

