import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { QueryLimit } from '@landsea/errors';
import type { AuditEventEntity } from '../audit-event.entity.js';
import type { AuditPage } from '../audit.service.js';

/** The contexts whose writes are audited; an action starts with its context's name and a dot. */
export const AUDITED_CONTEXTS = ['identity', 'declarations', 'bills', 'exchange', 'platform'] as const;

export class AuditQuery {
  @ApiPropertyOptional({ description: 'Entries the organisation did or that concern it (node operators; administrators may give only their own)' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ description: 'One action, such as bills.transferred' })
  @IsOptional()
  @Matches(/^[a-z]+\.[a-z_]+$/)
  action?: string;

  @ApiPropertyOptional({ enum: AUDITED_CONTEXTS, description: "Every action of one context" })
  @IsOptional()
  @IsIn(AUDITED_CONTEXTS)
  context?: (typeof AUDITED_CONTEXTS)[number];

  @ApiPropertyOptional({ description: 'What was changed: bill, dossier, filing, consent, …' }) @IsOptional() @IsString() @Length(1, 64) targetType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) targetId?: string;
  @ApiPropertyOptional({ description: 'The person, client or partner who did it' }) @IsOptional() @IsString() @Length(1, 200) actor?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) correlationId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ format: 'date-time', description: 'Exclusive' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;

  @ApiPropertyOptional({ description: "The page before's `next`: entries older than it" })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/)
  before?: string;

  @QueryLimit()
  limit?: number;
}

export class AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty({ example: 'bills.transferred' }) action: string;
  @ApiProperty({ enum: ['SUCCESS', 'FAILURE'] }) outcome: string;
  @ApiProperty({ nullable: true, type: String }) actorSubject: string | null;
  @ApiProperty({ nullable: true, type: String }) actorOrganisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) organisationId: string | null;
  @ApiProperty({ nullable: true, type: String }) targetType: string | null;
  @ApiProperty({ nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) correlationId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;

  static from(event: AuditEventEntity): AuditEventDto {
    return { ...event, id: String(event.id), at: event.at.toISOString() };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `before` for the next page; null on the last page' }) next: string | null;

  static from(page: AuditPage): AuditPageDto {
    return { items: page.items.map((event) => AuditEventDto.from(event)), next: page.next };
  }
}
