import { Inject, Injectable } from '@nestjs/common';
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
import { BillsErrors } from '../bills.errors.js';
import type { BillEntity } from '../bills/bill.entity.js';
import { BillRepository } from '../bills/bill.repository.js';
import { BillsService } from '../bills/bills.service.js';
import { documentChecksum, sha256Hex } from '@landsea/signing';
import { exportTransportDocument, pintSchemas } from '../dcsa/dcsa-export.js';
import { identifyingCode, partyIdFromCodes, partyIdFromText } from '../dcsa/dcsa-parties.js';
import { DcsaService } from '../dcsa/dcsa.service.js';
import { billDocumentFromTransportDocument, partyIdOfDcsaParty } from './imported-bill-document.js';
import {
  buildEnvelope,
  type EblEnvelope,
  type EnvelopeTransferFinishedResponse,
  LANDSEA_PLATFORM,
  openEnvelope,
  PINT_HTTP_STATUS,
  type PintParty,
  type PintResponseCode,
  type PintTransaction,
  signJson,
  verified,
} from './pint-envelope.js';
import { PintEnvelopeRepository } from './pint-envelope.repository.js';

const SEND_TIMEOUT_MS = 15_000;

export interface PintAnswer {
  readonly status: number;
  /** The signed EnvelopeTransferFinishedResponse, as PINT's answer body. */
  readonly signed: string;
}

export interface PintTransferRequest {
  readonly platformUrl: string;
  readonly recipient: PartyId;
  readonly recipientName: string;
}

/**
 * DCSA PINT 3.0.0 between this node and partner platforms: bills arrive as signed envelopes and
 * are answered RECE, DUPE, BSIG, BENV or DISE; a holder sends a bill on the same way.
 */
@Injectable()
export class PintService {
  constructor(
    private readonly bills: BillsService,
    private readonly billRows: BillRepository,
    private readonly envelopes: PintEnvelopeRepository,
    private readonly dcsa: DcsaService,
    @Inject(RECORD_SIGNER) private readonly signer: RecordSigner,
    @Inject(PARTNER_KEYS) private readonly partners: PartnerKeys,
    @Inject(ORGANISATION_DIRECTORY) private readonly directory: OrganisationDirectory,
  ) {}

  /** Takes an envelope from a partner platform; nothing changes here unless the answer is RECE. */
  async receive(body: unknown): Promise<PintAnswer> {
    const platforms = await this.partners.trusted();
    const own: TrustedPlatform = { provinceCode: 'self', baseUrl: '', keys: await this.signer.recordKeys() };
    const opened = await openEnvelope(body, platforms, own);
    if (!opened) throw BillsErrors.notAnEnvelope();
    if (!opened.ok) return this.answer(opened.lastChecksum, opened.code, opened.reason);
    const last = opened.checksums[opened.checksums.length - 1];

    const earlier = await this.envelopes.received(last);
    if (earlier) {
      return this.answer(last, 'DUPE', 'This envelope was received and accepted before', earlier.envelope.envelopeTransferChain[earlier.envelope.envelopeTransferChain.length - 1]);
    }
    // A chain that leaves out transfers this node has seen is a second spending of the same bill.
    const known = await this.envelopes.forDocument(opened.transportDocumentChecksum);
    if (known.some((k) => k.entryChecksums.some((c) => !opened.checksums.includes(c)))) {
      return this.answer(last, 'DISE', 'This platform knows transfers of this document that the envelope leaves out');
    }
    const transfer = opened.entries[opened.entries.length - 1].transactions.at(-1) as PintTransaction;
    if (transfer.actionCode !== 'TRANSFER' || transfer.recipient?.eblPlatform !== LANDSEA_PLATFORM) {
      return this.answer(last, 'BENV', 'The last transaction does not transfer possession to a party on this platform');
    }
    const recipientId = partyIdFromCodes(transfer.recipient.identifyingCodes);
    const holder = recipientId ? await this.directory.byParty(recipientId) : undefined;
    if (!holder?.approved) return this.answer(last, 'BENV', 'The recipient is not an organisation registered and approved on this platform');
    const document = billDocumentFromTransportDocument(opened.envelope.transportDocument);
    if (document.kind === 'STRAIGHT' && document.consignee?.id !== partyIdText(holder)) {
      return this.answer(last, 'BENV', 'A straight bill goes to its named consignee only');
    }
    const here = await this.billRows.findByNumber(document.number, document.carrier.id);
    if (here.length > 0) {
      return here.some((b) => b.state === 'TRANSFERRED_OUT')
        ? this.answer(last, 'BENV', 'This platform sent this bill on earlier; taking a bill back is not supported yet')
        : this.answer(last, 'DISE', `This platform already holds bill ${document.number} of this carrier`);
    }
    const carrierId = partyIdFromCodes((opened.envelope.transportDocument.documentParties as { issuingParty: { identifyingCodes?: [] } }).issuingParty.identifyingCodes);
    const carrier = carrierId ? await this.directory.byParty(carrierId) : undefined;
    await this.bills.importBill(
      { document, holder, carrier, from: partyIdOfDcsaParty(transfer.actor), envelope: last, subject: `pint:${opened.sender.provinceCode}` },
      (bill, manager) =>
        this.envelopes.record(
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
        ),
    );
    return this.answer(last, 'RECE');
  }

  /** The holder sends the bill to a party on a partner platform; on RECE it is transferred out here. */
  send(caller: Principal, billId: string, request: PintTransferRequest): Promise<BillEntity> {
    const recipient = partyIdText('uscc' in request.recipient ? { uscc: request.recipient.uscc, country: 'CN' } : request.recipient);
    return this.bills.exportBill(caller, billId, recipient, async (bill, manager) => {
      const platform = (await this.partners.trusted()).find((p) => sameUrl(p.baseUrl, request.platformUrl));
      if (!platform) throw BillsErrors.platformNotTrusted(request.platformUrl);
      const envelope = await this.envelopeFor(bill, { partyName: request.recipientName, eblPlatform: LANDSEA_PLATFORM, identifyingCodes: [identifyingCode(recipient)] });
      const last = sha256Hex(envelope.envelopeTransferChain[envelope.envelopeTransferChain.length - 1]);
      const answer = await this.post(platform, envelope, last);
      if (answer.responseCode !== 'RECE' && answer.responseCode !== 'DUPE') throw BillsErrors.transferRefused(answer.responseCode, answer.reason);
      await this.envelopes.record(
        {
          direction: 'OUT',
          billId: bill.id,
          transportDocumentReference: bill.number,
          transportDocumentChecksum: documentChecksum(envelope.transportDocument),
          lastEntryChecksum: last,
          entryChecksums: envelope.envelopeTransferChain.map((jws) => sha256Hex(jws)),
          envelope,
          platform: platform.provinceCode,
          responseCode: answer.responseCode,
        },
        manager,
      );
      return last;
    });
  }

  /**
   * The envelope for a bill leaving: the document and chain it arrived with, if it did, or its
   * DCSA document as issued here; then this platform's entry with what happened here.
   */
  private async envelopeFor(bill: BillEntity, recipient: PintParty): Promise<EblEnvelope> {
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
    });
  }

  /** Posts the envelope and reads the partner's signed answer, which alone decides the outcome. */
  private async post(platform: TrustedPlatform, envelope: EblEnvelope, last: string): Promise<EnvelopeTransferFinishedResponse> {
    let status: number;
    let body: unknown;
    try {
      const res = await fetch(`${platform.baseUrl}/v3/envelopes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'api-version': '3' },
        body: JSON.stringify(envelope),
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      status = res.status;
      body = await res.json().catch(() => undefined);
    } catch (error) {
      throw BillsErrors.noSignedAnswer((error as Error).message);
    }
    if (status === 201) throw BillsErrors.transferRefused('MDOC', 'the platform asks for additional documents, which this platform does not send yet');
    const answer = typeof body === 'string' ? await verified<EnvelopeTransferFinishedResponse>(body, platform.keys) : undefined;
    if (!answer || !pintSchemas().check('EnvelopeTransferFinishedResponse', answer).valid) throw BillsErrors.noSignedAnswer(`HTTP ${status}`);
    if (answer.lastEnvelopeTransferChainEntrySignedContentChecksum !== last) throw BillsErrors.noSignedAnswer('the answer is for another envelope');
    return answer;
  }

  private async answer(last: string, responseCode: PintResponseCode, reason?: string, duplicateOf?: string): Promise<PintAnswer> {
    const response: EnvelopeTransferFinishedResponse = {
      lastEnvelopeTransferChainEntrySignedContentChecksum: last,
      responseCode,
      ...(reason ? { reason: reason.slice(0, 255) } : {}),
      ...(duplicateOf ? { duplicateOfAcceptedEnvelopeTransferChainEntrySignedContent: duplicateOf } : {}),
    };
    return { status: PINT_HTTP_STATUS[responseCode], signed: await signJson(this.signer, response) };
  }
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

