import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { JWK } from 'jose';

/** A system (a carrier's TMS, a partner's service) that signs in with its own key (RFC 7523). */
@Entity({ name: 'client', schema: 'identity' })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'name', type: 'text' }) name: string;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk: JWK;
  @Column({ name: 'roles', type: 'text', array: true }) roles: string[];
  @Column({ name: 'status', type: 'text' }) status: 'ACTIVE' | 'DISABLED';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
