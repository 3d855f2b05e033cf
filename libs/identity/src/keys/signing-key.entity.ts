import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

@Entity({ name: 'signing_key', schema: 'identity' })
export class SigningKeyEntity {
  @PrimaryColumn({ name: 'kid', type: 'text' }) kid: string;
  @Column({ name: 'private_jwk', type: 'jsonb', select: false }) privateJwk: JWK;
  @Column({ name: 'public_jwk', type: 'jsonb' }) publicJwk: JWK;
  @Column({ name: 'status', type: 'text' }) status: 'ACTIVE' | 'RETIRED';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'retired_at', type: 'timestamptz', nullable: true }) retiredAt: Date | null;
  @Column({ name: 'publish_until', type: 'timestamptz', nullable: true }) publishUntil: Date | null;
}
