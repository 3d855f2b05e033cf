import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { QueryBoolean, QueryLimit } from '@landsea/errors';
import type { DeadLetterEntity } from '@landsea/queue';

export class ListDeadLettersQuery {
  @ApiPropertyOptional({ example: 'exchange-outbound', description: 'Only this queue' })
  @IsOptional()
  @IsString()
  queue?: string;

  @ApiPropertyOptional({ example: true, description: 'Only letters never replayed' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  pending?: boolean;

  @QueryLimit()
  limit?: number;
}

export class DeadLetterDto {
  @ApiProperty({ example: '7d3e1f0a-2b4c-4d6e-8f9a-0b1c2d3e4f5a' }) id: string;
  @ApiProperty({ example: 'exchange-outbound' }) queue: string;
  @ApiProperty({ example: 'msg-CQ-20261001-000123' }) jobId: string;
  @ApiProperty({ example: 'exchange.deliver' }) jobName: string;
  @ApiProperty({ example: { partner: 'GX', messageId: 'msg-CQ-20261001-000123' }, type: 'object', additionalProperties: true }) data: unknown;
  @ApiProperty({ example: 'Partner GX refused the envelope: ENVELOPE_SIGNATURE_INVALID' }) error: string;
  @ApiProperty({ example: 1 }) attempts: number;
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z' }) failedAt: string;
  @ApiProperty({ example: 0 }) replayCount: number;
  @ApiProperty({ example: null, nullable: true, type: String }) replayedAt: string | null;

  static from(letter: DeadLetterEntity): DeadLetterDto {
    return {
      id: letter.id,
      queue: letter.queue,
      jobId: letter.jobId,
      jobName: letter.jobName,
      data: letter.data,
      error: letter.error,
      attempts: letter.attempts,
      failedAt: letter.failedAt.toISOString(),
      replayCount: letter.replayCount,
      replayedAt: letter.replayedAt?.toISOString() ?? null,
    };
  }
}

export class ReplayResultDto {
  @ApiProperty({ type: DeadLetterDto }) deadLetter: DeadLetterDto;
  @ApiProperty({ example: 'msg-CQ-20261001-000123', description: 'Id of the job put back on the queue' }) jobId: string;
}
