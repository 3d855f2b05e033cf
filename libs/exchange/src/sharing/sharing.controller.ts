import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { CreateConsentDto, PartnerParam, PutAgreementDto } from './dto/sharing.dto.js';
import type { Agreement, Consent } from './sharing.repository.js';
import { SharingService } from './sharing.service.js';
import { ExchangeErrorCode } from '../exchange.errors.js';

const CONSENT_ID_PARAM: ApiParamOptions = { name: 'id', example: 'd2c4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f', description: 'The consent' };

@ApiTags('exchange · sharing')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('exchange')
export class SharingController {
  constructor(private readonly sharing: SharingService) {}

  @Put('agreements/:partner')
  @Roles(Role.NODE_OPERATOR)
  @ApiErrors({ 403: [ExchangeErrorCode.PARTNER_UNKNOWN] })
  @ApiOperation({ summary: 'Set which kinds of data may flow to a registered partner node, and be taken from it (node operators)' })
  @ApiOkResponse({ schema: { type: 'object' } })
  put(@Param() params: PartnerParam, @Body() dto: PutAgreementDto, @CurrentPrincipal() operator: Principal): Promise<Agreement> {
    return this.sharing.putAgreement(operator, params.partner, dto.kinds);
  }

  @Get('agreements')
  @Roles(Role.NODE_OPERATOR)
  @ApiOperation({ summary: "This node's data-sharing agreements (node operators)" })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  agreements(): Promise<Agreement[]> {
    return this.sharing.agreements();
  }

  @Post('consents')
  @Roles(Role.ORG_ADMIN, Role.DECLARANT)
  @ApiErrors({ 404: [ExchangeErrorCode.CONSENT_RECORD_NOT_FOUND], 422: [ExchangeErrorCode.NO_AGREEMENT] })
  @ApiOperation({ summary: "Consent to share one of your organisation's dossiers (or all of them) with a partner node" })
  @ApiOkResponse({ schema: { type: 'object' } })
  consent(@Body() dto: CreateConsentDto, @CurrentPrincipal() caller: Principal): Promise<Consent> {
    return this.sharing.consent(caller, dto.partnerNode, dto.kind, dto.recordId ?? null);
  }

  @Get('consents')
  @ApiOperation({ summary: "Your organisation's consents in force" })
  @ApiOkResponse({ schema: { type: 'array', items: { type: 'object' } } })
  consents(@CurrentPrincipal() caller: Principal): Promise<Consent[]> {
    return this.sharing.consents(caller);
  }

  @Delete('consents/:id')
  @HttpCode(204)
  @Roles(Role.ORG_ADMIN, Role.DECLARANT)
  @ApiErrors({ 404: [ExchangeErrorCode.CONSENT_NOT_FOUND] })
  @ApiOperation({ summary: 'Withdraw a consent: nothing more is sent under it' })
  @ApiParam(CONSENT_ID_PARAM)
  async revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<void> {
    await this.sharing.revoke(caller, id);
  }
}
