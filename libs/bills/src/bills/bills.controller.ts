import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Role, Roles } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { BillsService, type BillStepRequest } from './bills.service.js';
import { AcceptSurrenderDto, BILL_ID_PARAM, BillDto, BillQuery, BillStepDto, IssueBillDto, PledgeBillDto, RejectDto, SurrenderBillDto, TransferBillDto } from './dto/bill.dto.js';
import { BillsErrorCode } from '../bills.errors.js';


/** Whoever holds or trades a bill: traders, brokers, banks and carriers, but not mere viewers. */
const HOLDER_ROLES = [Role.ORG_ADMIN, Role.DECLARANT, Role.BANK_OFFICER, Role.CARRIER_AGENT];

@ApiTags('bills')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('bills')
export class BillsController {
  constructor(private readonly bills: BillsService) {}

  @Post()
  @Roles(Role.CARRIER_AGENT, Role.ORG_ADMIN)
  @ApiErrors({ 403: [BillsErrorCode.NOT_NAMED_CARRIER], 409: [BillsErrorCode.BILL_NUMBER_TAKEN], 422: [BillsErrorCode.DOSSIER_NOT_READY, BillsErrorCode.PARTY_NOT_REGISTERED, BillsErrorCode.PARTY_NOT_APPROVED] })
  @ApiOperation({ summary: 'Issue the 一单制 bill from a dossier that names your organisation as carrier; the shipper becomes its first holder' })
  @ApiCreatedResponse({ type: BillDto })
  async issue(@Body() dto: IssueBillDto, @CurrentPrincipal() caller: Principal): Promise<BillDto> {
    return BillDto.from(await this.bills.issue(caller, dto));
  }

  @Get()
  @ApiErrors({ 422: [BillsErrorCode.PARTY_NOT_REGISTERED] })
  @ApiOperation({ summary: 'Bills your organisation is or has been party to, latest change first' })
  @ApiOkResponse({ type: [BillDto] })
  async list(@Query() query: BillQuery, @CurrentPrincipal() caller: Principal): Promise<BillDto[]> {
    return (await this.bills.list(caller, query, query.limit ?? 100)).map((bill) => BillDto.from(bill));
  }

  @Get(':id')
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 422: [BillsErrorCode.PARTY_NOT_REGISTERED] })
  @ApiOperation({ summary: 'A bill, its position and its document' })
  @ApiOkResponse({ type: BillDto })
  @ApiParam(BILL_ID_PARAM)
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<BillDto> {
    return BillDto.from(await this.bills.get(caller, id));
  }

  @Post(':id/transfer')
  @HttpCode(200)
  @Roles(...HOLDER_ROLES)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_HOLDER], 422: [BillsErrorCode.TRANSFER_TO_SELF, BillsErrorCode.STRAIGHT_BILL_NOT_NEGOTIABLE, BillsErrorCode.PARTY_NOT_REGISTERED, BillsErrorCode.PARTY_NOT_APPROVED] })
  @ApiOperation({ summary: 'Offer the bill to another organisation (endorse it); it stays yours until they accept' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  transfer(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: TransferBillDto, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'TRANSFER', to: dto.to.toPartyId() });
  }

  @Post(':id/transfer/accept')
  @HttpCode(200)
  @Roles(...HOLDER_ROLES)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_ENDORSEE] })
  @ApiOperation({ summary: 'Accept a bill offered to your organisation: you become its holder' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  acceptTransfer(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'ACCEPT_TRANSFER' });
  }

  @Post(':id/transfer/reject')
  @HttpCode(200)
  @Roles(...HOLDER_ROLES)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_ENDORSEE] })
  @ApiOperation({ summary: 'Refuse a bill offered to your organisation: it returns to its holder' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  rejectTransfer(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RejectDto, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'REJECT_TRANSFER', reason: dto.reason });
  }

  @Post(':id/pledge')
  @HttpCode(200)
  @Roles(...HOLDER_ROLES)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_HOLDER], 422: [BillsErrorCode.TRANSFER_TO_SELF, BillsErrorCode.PLEDGEE_NOT_A_BANK, BillsErrorCode.PARTY_NOT_REGISTERED, BillsErrorCode.PARTY_NOT_APPROVED] })
  @ApiOperation({ summary: 'Pledge the bill to a bank (数字提单质押): nobody can transfer or surrender it until the bank releases it' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  pledge(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: PledgeBillDto, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'PLEDGE', to: dto.bank.toPartyId() });
  }

  @Post(':id/pledge/release')
  @HttpCode(200)
  @Roles(Role.BANK_OFFICER, Role.ORG_ADMIN)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_PLEDGEE] })
  @ApiOperation({ summary: 'Release a pledge (the loan is repaid): the holder may deal with the bill again (the pledgee bank)' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  release(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'RELEASE_PLEDGE' });
  }

  @Post(':id/pledge/enforce')
  @HttpCode(200)
  @Roles(Role.BANK_OFFICER, Role.ORG_ADMIN)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_PLEDGEE] })
  @ApiOperation({ summary: 'Enforce a pledge on default: the bank becomes the holder (the pledgee bank)' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  enforce(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'ENFORCE_PLEDGE' });
  }

  @Post(':id/surrender')
  @HttpCode(200)
  @Roles(...HOLDER_ROLES)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 400: [BillsErrorCode.REPLACEMENT_NUMBER_REQUIRED], 403: [BillsErrorCode.NOT_THE_HOLDER, BillsErrorCode.NOT_THE_CONSIGNEE] })
  @ApiOperation({ summary: 'Surrender the bill to the carrier, for delivery of the goods or for amendment' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  surrender(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: SurrenderBillDto, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: dto.purpose === 'DELIVERY' ? 'SURRENDER_FOR_DELIVERY' : 'SURRENDER_FOR_AMENDMENT' });
  }

  @Post(':id/surrender/accept')
  @HttpCode(200)
  @Roles(Role.CARRIER_AGENT, Role.ORG_ADMIN)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_CARRIER], 422: [BillsErrorCode.DOSSIER_NOT_READY] })
  @ApiOperation({ summary: 'Accept a surrender (the carrier): for delivery the bill is accomplished; for amendment it is void and a replacement issued' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  acceptSurrender(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: AcceptSurrenderDto, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'ACCEPT_SURRENDER', replacementNumber: dto.replacementNumber });
  }

  @Post(':id/surrender/reject')
  @HttpCode(200)
  @Roles(Role.CARRIER_AGENT, Role.ORG_ADMIN)
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.BILL_STATE_CONFLICT, BillsErrorCode.BILL_PLEDGED], 403: [BillsErrorCode.NOT_THE_CARRIER] })
  @ApiOperation({ summary: 'Refuse a surrender (the carrier): the bill returns to its holder' })
  @ApiOkResponse({ type: BillStepDto })
  @ApiParam(BILL_ID_PARAM)
  rejectSurrender(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: RejectDto, @CurrentPrincipal() caller: Principal): Promise<BillStepDto> {
    return this.step(caller, id, { action: 'REJECT_SURRENDER', reason: dto.reason });
  }

  private async step(caller: Principal, id: string, request: BillStepRequest): Promise<BillStepDto> {
    const { bill, replacement } = await this.bills.step(caller, id, request);
    return { bill: BillDto.from(bill), ...(replacement ? { replacement: BillDto.from(replacement) } : {}) };
  }
}
