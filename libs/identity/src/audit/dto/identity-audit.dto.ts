import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { QueryLimit } from '@landsea/errors';
import { AuditAction } from '../../identity.audit.js';

export class IdentityAuditQuery {
  @ApiPropertyOptional({ example: '0b6f3c1e-8a52-4c7d-9e21-5d4f7a9b3c10' }) @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ example: 'identity.organisation_approved', enum: AuditAction }) @IsOptional() @IsEnum(AuditAction) action?: AuditAction;
  @ApiPropertyOptional({ example: '2026-10-01T00:00:00.000Z', format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00.000Z', format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
  @QueryLimit()
  limit?: number;
}
