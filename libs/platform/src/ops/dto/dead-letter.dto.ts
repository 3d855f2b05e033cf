import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString } from 'class-validator';
import { QueryBoolean, QueryLimit } from '@landsea/errors';
import type { DeadLetterEntity } from '@landsea/queue';

export class ListDeadLettersQuery {
  @ApiPropertyOptional({ description: 'Only this queue' })
  @IsOptional()
  @IsString()
  queue?: string;

  @ApiPropertyOptional({ description: 'Only letters never replayed' })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  pending?: boolean;

  @QueryLimit()
  limit?: number;
}

export class DeadLetterDto {
  @ApiProperty() id: string;
  @ApiProperty() queue: string;
  @ApiProperty() jobId: string;
  @ApiProperty() jobName: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: unknown;
  @ApiProperty() error: string;
  @ApiProperty() attempts: number;
  @ApiProperty() failedAt: string;
  @ApiProperty() replayCount: number;
  @ApiProperty({ nullable: true, type: String }) replayedAt: string | null;

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
  @ApiProperty({ description: 'Id of the job put back on the queue' }) jobId: string;
}
