import { ApiProperty } from '@nestjs/swagger';

/** How this node sees a partner node it sends to. */
export class PartnerStatusDto {
  @ApiProperty({ example: 'GX' }) partner: string;
  @ApiProperty({ example: 'UP', enum: ['UP', 'DOWN', 'PROBING'], description: 'DOWN: not answering; nothing is sent but probes until it answers with a signed receipt' })
  state: 'UP' | 'DOWN' | 'PROBING';
  @ApiProperty({ example: '2026-10-01T02:30:00.000Z', type: String, format: 'date-time', nullable: true, description: 'When it came UP or went DOWN' }) since: Date | null;
  @ApiProperty({ example: 0, description: 'Deliveries failed in a row' }) failures: number;
  @ApiProperty({ example: null, type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ example: null, type: String, format: 'date-time', nullable: true }) lastErrorAt: Date | null;
  @ApiProperty({ example: 0, description: 'Records queued for it and not yet acknowledged by a signed receipt' }) pendingRecords: number;
  @ApiProperty({ example: null, type: String, format: 'date-time', nullable: true, description: 'The next retry (UP after failures) or probe (DOWN)' })
  nextProbeAt: Date | null;
}
