import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from 'jose';
import type { RecordSigner, TrustedPlatform } from '@landsea/auth';
import { BillsErrors } from '../bills.errors.js';
import { canonicalJson, documentChecksum, sha256Hex } from '@landsea/signing';
import { pintSchemas } from '../dcsa/dcsa-export.js';
import type { IdentifyingCode } from '../dcsa/dcsa-parties.js';
import { describeProblems } from '../dcsa/dcsa-schemas.js';
import type { TransportDocument } from '../dcsa/dcsa-transport-document.js';

/** This platform's code in PINT's eblPlatform fields: Landsea, whichever corridor node. */
export const LANDSEA_PLATFORM = 'LNDS';

export type PintResponseCode = 'RECE' | 'DUPE' | 'BSIG' | 'BENV' | 'INCD' | 'MDOC' | 'DISE';

/** The HTTP status PINT pairs with each response code. */
export const PINT_HTTP_STATUS: Record<PintResponseCode, number> = { RECE: 200, DUPE: 200, BSIG: 422, BENV: 422, INCD: 409, MDOC: 409, DISE: 409 };

export interface PintParty {
  readonly partyName: string;
  readonly eblPlatform: string;
  readonly identifyingCodes: readonly IdentifyingCode[];
}

export interface PintTransaction {
  readonly actionCode: string;
  readonly actor: PintParty;
  readonly recipient?: PintParty;
  readonly actionDateTime: string;
  readonly comments?: string;
}

export interface EnvelopeTransferChainEntry {
  readonly eblPlatform: string;
  readonly transportDocumentChecksum: string;
  readonly previousEnvelopeTransferChainEntrySignedContentChecksum?: string;
  readonly issuanceManifestSignedContent?: string;
  readonly transactions: readonly PintTransaction[];
}

/** PINT's DocumentMetadata: an additional document as the manifest declares it. */
export interface DocumentMetadata {
  readonly name: string;
  readonly size: number;
  readonly mediaType: string;
  readonly documentChecksum: string;
}

export interface EnvelopeManifest {
  readonly transportDocumentChecksum: string;
  readonly lastEnvelopeTransferChainEntrySignedContentChecksum: string;
  readonly supportingDocuments?: readonly DocumentMetadata[];
  readonly eBLVisualisationByCarrier?: DocumentMetadata;
}

export interface EblEnvelope {
  readonly transportDocument: TransportDocument;
  readonly envelopeManifestSignedContent: string;
  readonly envelopeTransferChain: readonly string[];
}

export interface EnvelopeTransferFinishedResponse {
  readonly lastEnvelopeTransferChainEntrySignedContentChecksum: string;
  readonly responseCode: PintResponseCode;
  readonly reason?: string;
  readonly duplicateOfAcceptedEnvelopeTransferChainEntrySignedContent?: string;
  readonly missingAdditionalDocumentChecksums?: readonly string[];
  readonly receivedAdditionalDocumentChecksums?: readonly string[];
}

/** The unsigned answer to a start of transfer whose additional documents are still to come. */
export interface EnvelopeTransferStartedResponse {
  readonly envelopeReference: string;
  readonly transportDocumentChecksum: string;
  readonly lastEnvelopeTransferChainEntrySignedContentChecksum: string;
  readonly missingAdditionalDocumentChecksums: readonly string[];
}

/** Every additional document an envelope's manifest declares, each checksum once: what must arrive before RECE. */
export function additionalDocuments(manifest: EnvelopeManifest): DocumentMetadata[] {
  const all = [...(manifest.supportingDocuments ?? []), ...(manifest.eBLVisualisationByCarrier ? [manifest.eBLVisualisationByCarrier] : [])];
  return all.filter((d, i) => all.findIndex((o) => o.documentChecksum === d.documentChecksum) === i);
}

/** The length of the Base64 text of so many bytes, as PINT sends an additional document. */
export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

export interface EnvelopeToBuild {
  readonly transportDocument: TransportDocument;
  /** The chain the bill arrived with from another platform; empty for a bill issued here. */
  readonly previousChain: readonly string[];
  /** What happened to the bill on this platform, ending with its transfer to the recipient. */
  readonly transactions: readonly PintTransaction[];
  /** For a bill issued here: the party it was issued to, which the carrier's issuance manifest names. */
  readonly issueTo?: PintParty;
  /** The bill's attachments, which travel as PINT supporting documents. */
  readonly supportingDocuments?: readonly DocumentMetadata[];
}

/** A JWS over the canonical JSON of a value, by the node's record key. */
export function signJson(signer: RecordSigner, value: unknown): Promise<string> {
  return signer.sign(new TextEncoder().encode(canonicalJson(value)));
}

/**
 * A PINT 3.0.0 envelope for a bill leaving this platform: the transport document, the chain it
 * came with plus this platform's signed entry, and the signed manifest binding both. Checked
 * against DCSA's PINT schema before it goes anywhere.
 */
export async function buildEnvelope(signer: RecordSigner, build: EnvelopeToBuild): Promise<EblEnvelope> {
  const transportDocumentChecksum = documentChecksum(build.transportDocument);
  const previous = build.previousChain.at(-1);
  const entry: EnvelopeTransferChainEntry = {
    eblPlatform: LANDSEA_PLATFORM,
    transportDocumentChecksum,
    ...(previous
      ? { previousEnvelopeTransferChainEntrySignedContentChecksum: sha256Hex(previous) }
      : { issuanceManifestSignedContent: await signJson(signer, { documentChecksum: transportDocumentChecksum, issueToChecksum: sha256Hex(canonicalJson(build.issueTo ?? {})) }) }),
    transactions: build.transactions,
  };
  conform('EnvelopeTransferChainEntry', entry);
  const chain = [...build.previousChain, await signJson(signer, entry)];
  const manifest: EnvelopeManifest = {
    transportDocumentChecksum,
    lastEnvelopeTransferChainEntrySignedContentChecksum: sha256Hex(chain[chain.length - 1]),
    ...(build.supportingDocuments?.length ? { supportingDocuments: build.supportingDocuments } : {}),
  };
  conform('EnvelopeManifest', manifest);
  const envelope: EblEnvelope = { transportDocument: build.transportDocument, envelopeManifestSignedContent: await signJson(signer, manifest), envelopeTransferChain: chain };
  conform('EblEnvelope', envelope);
  return envelope;
}

export type OpenedEnvelope =
  | { readonly ok: false; readonly code: 'BSIG' | 'BENV'; readonly reason: string; readonly lastChecksum: string }
  | {
      readonly ok: true;
      readonly envelope: EblEnvelope;
      readonly manifest: EnvelopeManifest;
      readonly entries: readonly EnvelopeTransferChainEntry[];
      /** The checksum of every chain entry, in order; the last is the envelope's identity. */
      readonly checksums: readonly string[];
      readonly transportDocumentChecksum: string;
      /** The partner whose key signed the manifest: the sending platform. */
      readonly sender: TrustedPlatform;
    };

/**
 * Checks an envelope as PINT asks of a receiving platform: DCSA's schema, every signature against
 * the trusted platforms' keys (BSIG; the manifest by the sender's), the manifest's checksums over the document and the chain,
 * and a chain without forks, rooted in an issue (BENV). Returns what it says, or the code to answer.
 */
export async function openEnvelope(body: unknown, platforms: readonly TrustedPlatform[], own?: TrustedPlatform): Promise<OpenedEnvelope | undefined> {
  const chainValue = (body as { envelopeTransferChain?: unknown } | null)?.envelopeTransferChain;
  const last = Array.isArray(chainValue) ? chainValue.at(-1) : undefined;
  // Without a last entry there is nothing a signed answer could name: not an envelope at all.
  if (typeof last !== 'string') return undefined;
  const lastChecksum = sha256Hex(last);
  const refuse = (code: 'BSIG' | 'BENV', reason: string): OpenedEnvelope => ({ ok: false, code, reason: reason.slice(0, 255), lastChecksum });

  const shape = pintSchemas().check('EblEnvelope', body);
  if (!shape.valid) return refuse('BENV', `The envelope does not meet the PINT schema: ${describeProblems(shape.problems)}`);
  const envelope = body as EblEnvelope;

  let sender: TrustedPlatform | undefined;
  let manifest: EnvelopeManifest | undefined;
  for (const platform of platforms) {
    manifest = await verified<EnvelopeManifest>(envelope.envelopeManifestSignedContent, platform.keys);
    if (manifest) {
      sender = platform;
      break;
    }
  }
  if (!sender || !manifest) return refuse('BSIG', 'The envelope manifest is not signed by a platform this node trusts');
  // Earlier entries may be any trusted platform's, this node's own included (a bill coming back).
  const allKeys: JSONWebKeySet = { keys: [...platforms, ...(own ? [own] : [])].flatMap((p) => p.keys.keys) };
  const entries: EnvelopeTransferChainEntry[] = [];
  for (const [index, jws] of envelope.envelopeTransferChain.entries()) {
    const entry = await verified<EnvelopeTransferChainEntry>(jws, allKeys);
    if (!entry) return refuse('BSIG', `Transfer chain entry ${index + 1} is not signed by a platform this node trusts`);
    entries.push(entry);
  }

  for (const [name, value] of [['EnvelopeManifest', manifest], ...entries.map((e) => ['EnvelopeTransferChainEntry', e] as const)] as const) {
    const check = pintSchemas().check(name, value);
    if (!check.valid) return refuse('BENV', `A signed ${name} does not meet the PINT schema: ${describeProblems(check.problems)}`);
  }
  const transportDocumentChecksum = documentChecksum(envelope.transportDocument);
  const checksums = envelope.envelopeTransferChain.map((jws) => sha256Hex(jws));
  if (manifest.transportDocumentChecksum !== transportDocumentChecksum) return refuse('BENV', 'The transport document does not match the checksum the manifest signs');
  if (manifest.lastEnvelopeTransferChainEntrySignedContentChecksum !== lastChecksum) return refuse('BENV', 'The manifest names another last transfer chain entry');
  for (const [index, entry] of entries.entries()) {
    if (entry.transportDocumentChecksum !== transportDocumentChecksum) return refuse('BENV', `Transfer chain entry ${index + 1} is for another transport document`);
    const expected = index === 0 ? undefined : checksums[index - 1];
    if (entry.previousEnvelopeTransferChainEntrySignedContentChecksum !== expected) {
      return refuse('BENV', `Transfer chain entry ${index + 1} does not link to the entry before it: the chain is broken or forked`);
    }
  }
  if (entries[0].transactions[0]?.actionCode !== 'ISSUE') return refuse('BENV', 'The transfer chain does not start with the issue of the document');
  return { ok: true, envelope, manifest, entries, checksums, transportDocumentChecksum, sender };
}

/** The payload of a JWS that verifies with one of the keys, or undefined. */
export async function verified<T>(jws: string, keys: JSONWebKeySet): Promise<T | undefined> {
  try {
    const { payload } = await compactVerify(jws, createLocalJWKSet(keys), { algorithms: ['ES256'] });
    return JSON.parse(new TextDecoder().decode(payload)) as T;
  } catch {
    return undefined;
  }
}

/** Checks what this node is about to send against DCSA's PINT schema; a mismatch is a fault here. */
export function conform(schema: string, value: unknown): void {
  const check = pintSchemas().check(schema, value);
  if (!check.valid) throw BillsErrors.dcsaSchemaViolation(schema, check.problems);
}
