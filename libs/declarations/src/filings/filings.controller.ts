import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { FilingDto, KeyValuesDto, PostReceiptDto } from './dto/filing.dto.js';
import { FilingsService } from './filings.service.js';
import { DeclarationsErrorCode } from '../declarations.errors.js';

const FILING_ID_PARAM: ApiParamOptions = { name: 'id', example: 'a4d1e6b2-3c9f-4e71-8b05-2f6c9d1a7e43', description: 'The filing' };

@ApiTags('declarations · filings')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('declarations')
export class FilingsController {
  constructor(private readonly filings: FilingsService) {}

  @Get('dossiers/:id/filings')
  @ApiErrors({ 404: [DeclarationsErrorCode.DOSSIER_NOT_FOUND] })
  @ApiOperation({ summary: "The filings derived from a dossier's latest version, each field traced to its source" })
  @ApiOkResponse({ type: [FilingDto] })
  @ApiParam(FILING_ID_PARAM)
  async forDossier(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<FilingDto[]> {
    return (await this.filings.forDossier(caller, id)).map((f) => FilingDto.from(f));
  }

  @Get('filings/:id')
  @ApiErrors({ 404: [DeclarationsErrorCode.FILING_NOT_FOUND] })
  @ApiOperation({ summary: "A filing, with what changed since the dossier's previous version" })
  @ApiOkResponse({ type: FilingDto })
  @ApiParam(FILING_ID_PARAM)
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<FilingDto> {
    const { changesFromPrevious, ...filing } = await this.filings.get(caller, id);
    return FilingDto.from(filing, changesFromPrevious);
  }

  @Post('filings/:id/keyed')
  @HttpCode(200)
  @Roles(Role.DECLARANT, Role.ORG_ADMIN)
  @ApiErrors({ 400: [DeclarationsErrorCode.NOT_A_KEYED_FIELD], 404: [DeclarationsErrorCode.FILING_NOT_FOUND], 409: [DeclarationsErrorCode.FILING_STATE_CONFLICT, DeclarationsErrorCode.SUMMARY_FIELD_FROZEN] })
  @ApiOperation({ summary: 'Key the fields the dossier could not fill (origin criterion, a foreign tariff line)' })
  @ApiOkResponse({ type: FilingDto })
  @ApiParam(FILING_ID_PARAM)
  async key(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: KeyValuesDto, @CurrentPrincipal() caller: Principal): Promise<FilingDto> {
    return FilingDto.from(await this.filings.key(caller, id, dto.values));
  }

  @Post('filings/:id/submit')
  @HttpCode(200)
  @Roles(Role.DECLARANT, Role.ORG_ADMIN)
  @ApiErrors({ 403: [DeclarationsErrorCode.NOT_A_CUSTOMS_OFFICE], 404: [DeclarationsErrorCode.FILING_NOT_FOUND], 409: [DeclarationsErrorCode.FILING_STATE_CONFLICT, DeclarationsErrorCode.FILING_NOT_SUBMITTABLE] })
  @ApiOperation({ summary: 'Submit a current, error-free filing to its authority, in one step' })
  @ApiOkResponse({ type: FilingDto })
  @ApiParam(FILING_ID_PARAM)
  async submit(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<FilingDto> {
    return FilingDto.from(await this.filings.submit(caller, id));
  }

  @Post('filings/:id/summary')
  @HttpCode(200)
  @Roles(Role.DECLARANT, Role.ORG_ADMIN)
  @ApiErrors({ 400: [DeclarationsErrorCode.TWO_STEP_NOT_AVAILABLE], 403: [DeclarationsErrorCode.NOT_A_CUSTOMS_OFFICE], 404: [DeclarationsErrorCode.FILING_NOT_FOUND], 409: [DeclarationsErrorCode.FILING_STATE_CONFLICT, DeclarationsErrorCode.FILING_NOT_SUBMITTABLE] })
  @ApiOperation({
    summary: '两步申报, step 1: submit the summary declaration (概要申报) of a China import declaration; once accepted the goods may be picked up',
  })
  @ApiOkResponse({ type: FilingDto })
  @ApiParam(FILING_ID_PARAM)
  async submitSummary(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<FilingDto> {
    return FilingDto.from(await this.filings.submitSummary(caller, id));
  }

  @Post('filings/:id/complete')
  @HttpCode(200)
  @Roles(Role.DECLARANT, Role.ORG_ADMIN)
  @ApiErrors({ 403: [DeclarationsErrorCode.NOT_A_CUSTOMS_OFFICE], 404: [DeclarationsErrorCode.FILING_NOT_FOUND], 409: [DeclarationsErrorCode.FILING_STATE_CONFLICT, DeclarationsErrorCode.FILING_NOT_SUBMITTABLE] })
  @ApiOperation({ summary: '两步申报, step 2: submit the complete declaration (完整申报) after customs accepted the summary, by completeDueBy' })
  @ApiOkResponse({ type: FilingDto })
  @ApiParam(FILING_ID_PARAM)
  async submitComplete(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<FilingDto> {
    return FilingDto.from(await this.filings.submitComplete(caller, id));
  }

  @Get('authority/filings')
  @Roles(Role.CUSTOMS_OFFICER)
  @ApiOperation({ summary: "Filings addressed to the officer's customs office, newest first (customs officers)" })
  @ApiOkResponse({ type: [FilingDto] })
  async addressed(@CurrentPrincipal() officer: Principal): Promise<FilingDto[]> {
    return (await this.filings.addressedTo(officer)).map((f) => FilingDto.from(f));
  }

  @Post('authority/filings/:id/receipts')
  @HttpCode(200)
  @Roles(Role.CUSTOMS_OFFICER)
  @ApiErrors({ 400: [DeclarationsErrorCode.REJECTION_REASON_REQUIRED], 403: [DeclarationsErrorCode.NOT_A_CUSTOMS_OFFICE], 404: [DeclarationsErrorCode.FILING_NOT_FOUND], 409: [DeclarationsErrorCode.FILING_STATE_CONFLICT] })
  @ApiOperation({ summary: 'Answer a filing or its summary: accept or reject it (with reasons), or release accepted goods (customs officers)' })
  @ApiOkResponse({ type: FilingDto })
  @ApiParam(FILING_ID_PARAM)
  async receipt(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: PostReceiptDto, @CurrentPrincipal() officer: Principal): Promise<FilingDto> {
    return FilingDto.from(await this.filings.postReceipt(officer, id, dto.decision, dto.reasons ?? []));
  }
}
