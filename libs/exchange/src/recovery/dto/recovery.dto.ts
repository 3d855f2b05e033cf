import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export const RECOVERY_DEFAULT_LIMIT = 10_000;

export class RecoverDto {
  @ApiPropertyOptional({ example: 10000, description: 'The most records this call pulls; call again to go on from where it stopped', minimum: 1, maximum: 100_000, default: RECOVERY_DEFAULT_LIMIT })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  limit?: number;

  @ApiPropertyOptional({ example: false, description: 'Start from the beginning of the partner’s feed: onboarding, or a node restored from an old backup', default: false })
  @IsOptional()
  @IsBoolean()
  fromStart?: boolean;
}

export class RecoveryResultDto {
  @ApiProperty({ example: 3, description: 'Pages pulled, the last one empty when caught up' }) pages: number;
  @ApiProperty({ example: 1204, description: 'Records the pages held' }) records: number;
  @ApiProperty({ example: 1180, description: 'Records applied: new here, or newer than the version here' }) applied: number;
  @ApiProperty({ example: 24, description: 'Records already here at this version or a newer one' }) stale: number;
  @ApiProperty({ example: 0, description: 'Records refused: outside this node’s agreement with the partner, or malformed' }) rejected: number;
  @ApiProperty({ example: 'GX:000000000001204', description: 'The partner’s cursor the next recovery starts after', nullable: true, type: String }) cursor: string | null;
  @ApiProperty({ example: true, description: 'True when the partner had nothing more to send' }) caughtUp: boolean;
}
