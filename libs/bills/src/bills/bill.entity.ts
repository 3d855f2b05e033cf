import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { BillAction, BillKind, BillState, SurrenderPurpose } from './bill-state-machine.js';
import type { BillDocument } from './bill-document.js';

@Entity({ name: 'bill', schema: 'bills' })
export class BillEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'number', type: 'text' }) number: string;
  /** Null for a bill that arrived from another platform whose carrier is not registered here. */
  @Column({ name: 'carrier_organisation_id', type: 'uuid', nullable: true }) carrierOrganisationId: string | null;
  @Column({ name: 'carrier_party', type: 'text' }) carrierParty: string;
  @Column({ name: 'kind', type: 'text' }) kind: BillKind;
  @Column({ name: 'state', type: 'text' }) state: BillState;
  @Column({ name: 'holder_party', type: 'text' }) holderParty: string;
  @Column({ name: 'holder_organisation_id', type: 'uuid' }) holderOrganisationId: string;
  @Column({ name: 'pending_party', type: 'text', nullable: true }) pendingParty: string | null;
  @Column({ name: 'pending_organisation_id', type: 'uuid', nullable: true }) pendingOrganisationId: string | null;
  @Column({ name: 'pledgee_party', type: 'text', nullable: true }) pledgeeParty: string | null;
  @Column({ name: 'pledgee_organisation_id', type: 'uuid', nullable: true }) pledgeeOrganisationId: string | null;
  @Column({ name: 'surrender_purpose', type: 'text', nullable: true }) surrenderPurpose: SurrenderPurpose | null;
  @Column({ name: 'consignee_party', type: 'text', nullable: true }) consigneeParty: string | null;
  @Column({ name: 'dossier_id', type: 'uuid', nullable: true }) dossierId: string | null;
  @Column({ name: 'dossier_version', type: 'integer', nullable: true }) dossierVersion: number | null;
  @Column({ name: 'document', type: 'jsonb' }) document: BillDocument;
  @Column({ name: 'document_checksum', type: 'text' }) documentChecksum: string;
  /** The sequence of the last history entry, and that entry's checksum: the head of the chain. */
  @Column({ name: 'sequence', type: 'integer' }) sequence: number;
  @Column({ name: 'head_checksum', type: 'text' }) headChecksum: string;
  /** The head the node signed with the last step (BillHeadPayload); null on bills issued before heads were signed. */
  @Column({ name: 'head_jws', type: 'text', nullable: true }) headJws: string | null;
  @Column({ name: 'replaces_bill_id', type: 'uuid', nullable: true }) replacesBillId: string | null;
  @Column({ name: 'replaced_by_bill_id', type: 'uuid', nullable: true }) replacedByBillId: string | null;
  /** Every organisation that has been party to the bill: who may read it. */
  @Column({ name: 'involved_organisation_ids', type: 'uuid', array: true }) involvedOrganisationIds: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'bill_entry', schema: 'bills' })
export class BillEntryEntity {
  @PrimaryColumn({ name: 'bill_id', type: 'uuid' }) billId: string;
  @PrimaryColumn({ name: 'sequence', type: 'integer' }) sequence: number;
  @Column({ name: 'action', type: 'text' }) action: BillAction;
  @Column({ name: 'actor_party', type: 'text' }) actorParty: string;
  @Column({ name: 'from_party', type: 'text', nullable: true }) fromParty: string | null;
  @Column({ name: 'to_party', type: 'text', nullable: true }) toParty: string | null;
  @Column({ name: 'at', type: 'timestamptz' }) at: Date;
  @Column({ name: 'document_checksum', type: 'text' }) documentChecksum: string;
  @Column({ name: 'previous_checksum', type: 'text', nullable: true }) previousChecksum: string | null;
  @Column({ name: 'jws', type: 'text' }) jws: string;
  @Column({ name: 'checksum', type: 'text' }) checksum: string;
  /** The person or client who took the step, for the audit trail; not part of what is signed. */
  @Column({ name: 'actor_subject', type: 'text' }) actorSubject: string;
  @Column({ name: 'correlation_id', type: 'text', nullable: true }) correlationId: string | null;
}

@Entity({ name: 'bill_attachment', schema: 'bills' })
export class BillAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'bill_id', type: 'uuid' }) billId: string;
  @Column({ name: 'name', type: 'text' }) name: string;
  @Column({ name: 'media_type', type: 'text' }) mediaType: string;
  @Column({ name: 'size_bytes', type: 'integer' }) sizeBytes: number;
  @Column({ name: 'sha256', type: 'text' }) sha256: string;
  @Column({ name: 'content', type: 'bytea', select: false }) content: Buffer;
  @Column({ name: 'uploaded_by_organisation_id', type: 'uuid' }) uploadedByOrganisationId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
