import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { EblEnvelope, PintResponseCode } from './pint-envelope.js';

/** A DCSA PINT envelope this node accepted (IN) or had accepted by another platform (OUT). */
@Entity({ name: 'pint_envelope', schema: 'bills' })
export class PintEnvelopeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'direction', type: 'text' }) direction: 'IN' | 'OUT';
  @Column({ name: 'bill_id', type: 'uuid' }) billId: string;
  @Column({ name: 'transport_document_reference', type: 'text' }) transportDocumentReference: string;
  @Column({ name: 'transport_document_checksum', type: 'text' }) transportDocumentChecksum: string;
  /** The checksum of the chain's last entry: the envelope's identity, by which a replay is known. */
  @Column({ name: 'last_entry_checksum', type: 'text' }) lastEntryChecksum: string;
  @Column({ name: 'entry_checksums', type: 'text', array: true }) entryChecksums: string[];
  @Column({ name: 'envelope', type: 'jsonb' }) envelope: EblEnvelope;
  /** The partner node it came from or went to. */
  @Column({ name: 'platform', type: 'text' }) platform: string;
  @Column({ name: 'response_code', type: 'text' }) responseCode: PintResponseCode;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
