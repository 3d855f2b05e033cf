import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentMetadata, EblEnvelope, PintResponseCode } from './pint-envelope.js';

/**
 * A DCSA PINT envelope this node accepted (IN) or had accepted by another platform (OUT); while
 * the transfer is under way it is pending: no response code yet, and for IN no bill yet.
 */
@Entity({ name: 'pint_envelope', schema: 'bills' })
export class PintEnvelopeEntity {
  /** Also the envelope reference PINT's additional-document and finish-transfer paths carry. */
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'direction', type: 'text' }) direction: 'IN' | 'OUT';
  @Column({ name: 'bill_id', type: 'uuid', nullable: true }) billId: string | null;
  @Column({ name: 'transport_document_reference', type: 'text' }) transportDocumentReference: string;
  @Column({ name: 'transport_document_checksum', type: 'text' }) transportDocumentChecksum: string;
  /** The checksum of the chain's last entry: the envelope's identity, by which a replay is known. */
  @Column({ name: 'last_entry_checksum', type: 'text' }) lastEntryChecksum: string;
  @Column({ name: 'entry_checksums', type: 'text', array: true }) entryChecksums: string[];
  @Column({ name: 'envelope', type: 'jsonb' }) envelope: EblEnvelope;
  /** The partner node it came from or went to. */
  @Column({ name: 'platform', type: 'text' }) platform: string;
  /** Null while the transfer is under way. */
  @Column({ name: 'response_code', type: 'text', nullable: true }) responseCode: PintResponseCode | null;
  /** OUT: the party the envelope transfers the bill to, for reusing it on a retry. */
  @Column({ name: 'recipient', type: 'text', nullable: true }) recipient: string | null;
  /** OUT: the bill's head when the envelope was signed; a bill that moved since needs a new one. */
  @Column({ name: 'bill_head_checksum', type: 'text', nullable: true }) billHeadChecksum: string | null;
  /** The manifest's supporting documents and carrier visualisation: what must arrive before RECE. */
  @Column({ name: 'supporting_documents', type: 'jsonb', default: () => `'[]'` }) supportingDocuments: DocumentMetadata[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
