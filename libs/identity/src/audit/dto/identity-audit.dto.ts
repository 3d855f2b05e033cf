import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { QueryLimit } from '@landsea/errors';
import { AuditAction } from '../../identity.audit.js';

export class IdentityAuditQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() organisationId?: string;
  @ApiPropertyOptional({ enum: AuditAction }) @IsOptional() @IsEnum(AuditAction) action?: AuditAction;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
  @QueryLimit()
  limit?: number;
}
