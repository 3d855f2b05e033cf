import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { TIMELINE_KINDS, type TimelineEntry, TimelineService } from './timeline.service.js';
import { DeclarationsErrorCode } from '../declarations.errors.js';

class TimelineEntryDto {
  @ApiProperty() at: string;
  @ApiProperty({ enum: TIMELINE_KINDS }) kind: string;
  @ApiProperty() summary: { 'zh-CN': string; en: string };
  @ApiProperty({ type: 'object', additionalProperties: true }) ref: Record<string, string | number>;
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
  forDossier(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<TimelineEntry[]> {
    return this.timeline.forDossier(caller, id);
  }
}
