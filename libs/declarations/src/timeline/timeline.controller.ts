import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DOSSIER_ID_PARAM } from '../dossiers/dto/dossier.dto.js';
import { CurrentPrincipal, type Principal } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { TIMELINE_KINDS, type TimelineEntry, TimelineService } from './timeline.service.js';
import { DeclarationsErrorCode } from '../declarations.errors.js';

class TimelineEntryDto {
  @ApiProperty({ example: '2026-10-03T09:12:00.000Z' }) at: string;
  @ApiProperty({ example: 'BILL_EVENT', enum: TIMELINE_KINDS }) kind: string;
  @ApiProperty({ example: { 'zh-CN': '提单已转让', en: 'Bill transferred' } }) summary: { 'zh-CN': string; en: string };
  @ApiProperty({ example: { billNumber: 'CQLS2026000142', sequence: 3 }, type: 'object', additionalProperties: true }) ref: Record<string, string | number>;
}

@ApiTags('declarations · dossiers')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('declarations/dossiers')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @ApiErrors({ 404: [DeclarationsErrorCode.DOSSIER_NOT_FOUND] })
  @ApiOperation({ summary: '一键跟踪: versions, filings, summary and full submissions and receipts of a dossier, in order' })
  @ApiOkResponse({ type: [TimelineEntryDto] })
  @ApiParam(DOSSIER_ID_PARAM)
  forDossier(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<TimelineEntry[]> {
    return this.timeline.forDossier(caller, id);
  }
}
