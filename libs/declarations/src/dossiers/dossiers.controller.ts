import { Body, Controller, Get, Param, ParseIntPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { AdoptDossierDto, DOSSIER_ID_PARAM, DossierDto } from './dto/dossier.dto.js';
import { DossierSummaryDto, DossierVersionDto, DossierViewDto } from './dto/dossier-view.dto.js';
import { DossiersService } from './dossiers.service.js';
import { DeclarationsErrorCode } from '../declarations.errors.js';

const DOSSIER_VERSION_PARAM: ApiParamOptions = { name: 'version', example: 2, description: 'The dossier version, from 1' };

@ApiTags('declarations · dossiers')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('declarations/dossiers')
export class DossiersController {
  constructor(private readonly dossiers: DossiersService) {}

  @Post()
  @Roles(Role.DECLARANT, Role.ORG_ADMIN)
  @ApiErrors({ 400: [DeclarationsErrorCode.AMOUNT_TOO_PRECISE], 403: [DeclarationsErrorCode.NO_ORGANISATION, DeclarationsErrorCode.DOSSIER_NOT_A_PARTY], 409: [DeclarationsErrorCode.DOSSIER_REFERENCE_TAKEN] })
  @ApiOperation({ summary: "Enter a shipment's data once; it is checked as a customs broker would and kept as version 1" })
  @ApiCreatedResponse({ type: DossierViewDto })
  async create(@Body() dto: DossierDto, @CurrentPrincipal() caller: Principal): Promise<DossierViewDto> {
    return DossierViewDto.from(await this.dossiers.create(caller, dto));
  }

  @Post('adopt')
  @Roles(Role.DECLARANT, Role.ORG_ADMIN, Role.CARRIER_AGENT)
  @ApiErrors({ 400: [DeclarationsErrorCode.AMOUNT_TOO_PRECISE], 403: [DeclarationsErrorCode.NO_ORGANISATION, DeclarationsErrorCode.DOSSIER_NOT_A_PARTY], 404: [DeclarationsErrorCode.DOSSIER_NOT_FOUND], 409: [DeclarationsErrorCode.DOSSIER_REFERENCE_TAKEN] })
  @ApiOperation({ summary: "Take over a dossier another province's node shared with this one: your own copy, every filing derived, nothing re-keyed" })
  @ApiCreatedResponse({ type: DossierViewDto })
  async adopt(@Body() dto: AdoptDossierDto, @CurrentPrincipal() caller: Principal): Promise<DossierViewDto> {
    return DossierViewDto.from(await this.dossiers.adopt(caller, dto.sourceNode, dto.dossierId));
  }

  @Get()
  @ApiErrors({ 403: [DeclarationsErrorCode.NO_ORGANISATION] })
  @ApiOperation({ summary: "Your organisation's dossiers, most recently changed first" })
  @ApiOkResponse({ type: [DossierSummaryDto] })
  async list(@CurrentPrincipal() caller: Principal): Promise<DossierSummaryDto[]> {
    return (await this.dossiers.list(caller)).map((d) => ({ id: d.id, reference: d.reference, version: d.currentVersion, updatedAt: d.updatedAt.toISOString() }));
  }

  @Get(':id')
  @ApiErrors({ 403: [DeclarationsErrorCode.NO_ORGANISATION], 404: [DeclarationsErrorCode.DOSSIER_NOT_FOUND] })
  @ApiOperation({ summary: 'A dossier as of its latest version, with its findings' })
  @ApiOkResponse({ type: DossierViewDto })
  @ApiParam(DOSSIER_ID_PARAM)
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<DossierViewDto> {
    return DossierViewDto.from(await this.dossiers.get(caller, id));
  }

  @Put(':id')
  @Roles(Role.DECLARANT, Role.ORG_ADMIN)
  @ApiErrors({ 400: [DeclarationsErrorCode.AMOUNT_TOO_PRECISE], 403: [DeclarationsErrorCode.NO_ORGANISATION, DeclarationsErrorCode.DOSSIER_NOT_A_PARTY], 404: [DeclarationsErrorCode.DOSSIER_NOT_FOUND] })
  @ApiOperation({ summary: 'Amend a dossier: the new data becomes the next version, checked again' })
  @ApiOkResponse({ type: DossierViewDto })
  @ApiParam(DOSSIER_ID_PARAM)
  async amend(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: DossierDto, @CurrentPrincipal() caller: Principal): Promise<DossierViewDto> {
    return DossierViewDto.from(await this.dossiers.amend(caller, id, dto));
  }

  @Get(':id/versions')
  @ApiErrors({ 403: [DeclarationsErrorCode.NO_ORGANISATION], 404: [DeclarationsErrorCode.DOSSIER_NOT_FOUND] })
  @ApiOperation({ summary: 'Every version of a dossier, oldest first' })
  @ApiOkResponse({ type: [DossierVersionDto] })
  @ApiParam(DOSSIER_ID_PARAM)
  async versions(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<DossierVersionDto[]> {
    return (await this.dossiers.versions(caller, id)).map((v) => DossierVersionDto.from(v));
  }

  @Get(':id/versions/:version')
  @ApiErrors({ 403: [DeclarationsErrorCode.NO_ORGANISATION], 404: [DeclarationsErrorCode.DOSSIER_NOT_FOUND] })
  @ApiOperation({ summary: 'A dossier as it was at one version' })
  @ApiOkResponse({ type: DossierViewDto })
  @ApiParam(DOSSIER_ID_PARAM)
  @ApiParam(DOSSIER_VERSION_PARAM)
  async version(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('version', new ParseIntPipe()) version: number,
    @CurrentPrincipal() caller: Principal,
  ): Promise<DossierViewDto> {
    return DossierViewDto.from(await this.dossiers.get(caller, id, version));
  }
}
