import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { QueryLimit } from '@landsea/errors';
import type { AuditEventEntity } from '../audit-event.entity.js';
import type { AuditPage } from '../audit.service.js';

/** The contexts whose writes are audited; an action starts with its context's name and a dot. */
export const AUDITED_CONTEXTS = ['identity', 'declarations', 'bills', 'exchange', 'platform'] as const;

export class AuditQuery {
  @ApiPropertyOptional({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10', description: 'Entries the organisation did or that concern it (node operators; administrators may give only their own)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ example: 'bills.transferred', description: 'One action, such as bills.transferred' })
  @IsOptional()
  @Matches(/^[a-z]+\.[a-z_]+$/)
  action?: string;

  @ApiPropertyOptional({ example: 'bills', enum: AUDITED_CONTEXTS, description: "Every action of one context" })
  @IsOptional()
  @IsIn(AUDITED_CONTEXTS)
  context?: (typeof AUDITED_CONTEXTS)[number];

  @ApiPropertyOptional({ example: 'bill', description: 'What was changed: bill, dossier, filing, consent, …' }) @IsOptional() @IsString() @Length(1, 64) targetType?: string;
  @ApiPropertyOptional({ example: 'CQLS2026000142' }) @IsOptional() @IsString() @Length(1, 200) targetId?: string;
  @ApiPropertyOptional({ example: '6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38', description: 'The person, client or partner who did it' }) @IsOptional() @IsString() @Length(1, 200) actor?: string;
  @ApiPropertyOptional({ example: 'c0ffee00-1234-4abc-9def-00112233aabb' }) @IsOptional() @IsString() @Length(1, 200) correlationId?: string;
  @ApiPropertyOptional({ example: '2026-10-01T00:00:00.000Z', format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00.000Z', format: 'date-time', description: 'Exclusive' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;

  @ApiPropertyOptional({ example: '18342', description: "The page before's `next`: entries older than it" })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/)
  before?: string;

  @QueryLimit()
  limit?: number;
}

export class AuditEventDto {
  @ApiProperty({ example: '18343' }) id: string;
  @ApiProperty({ example: '2026-10-03T09:12:00.000Z' }) at: string;
  @ApiProperty({ example: 'bills.transferred' }) action: string;
  @ApiProperty({ example: 'SUCCESS', enum: ['SUCCESS', 'FAILURE'] }) outcome: string;
  @ApiProperty({ example: '6e2a9d47-1c3b-4f85-a0d2-7b9e4c1f5a38', nullable: true, type: String }) actorSubject: string | null;
  @ApiProperty({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10', nullable: true, type: String }) actorOrganisationId: string | null;
  @ApiProperty({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10', nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ example: 'bill', nullable: true, type: String }) targetType: string | null;
  @ApiProperty({ example: 'CQLS2026000142', nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ example: '10.20.0.15', nullable: true, type: String }) address: string | null;
  @ApiProperty({ example: 'c0ffee00-1234-4abc-9def-00112233aabb', nullable: true, type: String }) correlationId: string | null;
  @ApiProperty({ example: { to: '91450700MA5KX1234P' }, type: 'object', additionalProperties: true }) details: Record<string, unknown>;

  static from(event: AuditEventEntity): AuditEventDto {
    return { ...event, id: String(event.id), at: event.at.toISOString() };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ example: '18342', nullable: true, type: String, description: 'Pass as `before` for the next page; null on the last page' }) next: string | null;

  static from(page: AuditPage): AuditPageDto {
    return { items: page.items.map((event) => AuditEventDto.from(event)), next: page.next };
  }
}
