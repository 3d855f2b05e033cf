import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type OrganisationStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'SUSPENDED';

@Entity({ name: 'organisation', schema: 'identity' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'uscc', type: 'char', length: 18, nullable: true }) uscc: string | null;
  @Column({ name: 'country', type: 'char', length: 2 }) country: string;
  @Column({ name: 'national_id', type: 'text', nullable: true }) nationalId: string | null;
  @Column({ name: 'customs_code', type: 'char', length: 10, nullable: true }) customsCode: string | null;
  /** For a customs authority: the office (关区代码) it is. */
  @Column({ name: 'customs_office', type: 'char', length: 4, nullable: true }) customsOffice: string | null;
  @Column({ name: 'name_zh', type: 'text', nullable: true }) nameZh: string | null;
  @Column({ name: 'name_en', type: 'text' }) nameEn: string;
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true }) provinceCode: string | null;
  @Column({ name: 'address', type: 'text', nullable: true }) address: string | null;
  @Column({ name: 'contact_name', type: 'text', nullable: true }) contactName: string | null;
  @Column({ name: 'contact_email', type: 'text', nullable: true }) contactEmail: string | null;
  @Column({ name: 'contact_phone', type: 'text', nullable: true }) contactPhone: string | null;
  @Column({ name: 'kinds', type: 'text', array: true }) kinds: string[];
  @Column({ name: 'status', type: 'text' }) status: OrganisationStatus;
  /** Counts each change of status, so copies elsewhere (partners' directories) keep the newest. */
  @Column({ name: 'status_version', type: 'integer', default: 1 }) statusVersion: number;
  @Column({ name: 'review_reason', type: 'text', nullable: true }) reviewReason: string | null;
  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true }) reviewedAt: Date | null;
  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true }) reviewedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
