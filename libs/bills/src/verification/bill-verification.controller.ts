import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Public } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { BillsService } from '../bills/bills.service.js';
import { BILL_ID_PARAM, VerificationDto, VerifyQuery } from '../bills/dto/bill.dto.js';
import { type BillVerification, BillVerificationService } from './bill-verification.service.js';
import { BillsErrorCode } from '../bills.errors.js';

@ApiTags('bills · verification')
@ApiDefaultResponse({ type: ErrorBody })
@Controller('bills')
export class BillVerificationController {
  constructor(
    private readonly verification: BillVerificationService,
    private readonly bills: BillsService,
  ) {}

  @Get('verify')
  @Public()
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 409: [BillsErrorCode.AMBIGUOUS_BILL_NUMBER] })
  @ApiOperation({
    summary:
      "Anyone (a bank, a consignee, customs, the QR code on a printed bill): a bill's signed history by number, verified with the keys of the node that recorded it: this one, or a partner node that shared it",
  })
  @ApiOkResponse({ type: VerificationDto })
  async verify(@Query() query: VerifyQuery): Promise<VerificationDto> {
    return view(await this.verification.byNumber(query.number, query.carrier));
  }

  @Get(':id/history')
  @ApiBearerAuth()
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 422: [BillsErrorCode.PARTY_NOT_REGISTERED] })
  @ApiOperation({ summary: "A bill's signed history, verified, for the parties to it" })
  @ApiOkResponse({ type: VerificationDto })
  @ApiParam(BILL_ID_PARAM)
  async history(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<VerificationDto> {
    return view(await this.verification.verify(await this.bills.get(caller, id)));
  }
}

function view(result: BillVerification): VerificationDto {
  return {
    number: result.number,
    carrier: result.carrier,
    state: result.state,
    documentChecksum: result.documentChecksum,
    node: result.node,
    valid: result.valid,
    problems: [...result.problems],
    entries: result.entries.map((e) => ({
      sequence: e.sequence,
      action: e.action,
      actor: e.actor,
      from: e.from,
      to: e.to,
      time: e.time,
      ...(e.reason ? { reason: e.reason } : {}),
      jws: e.jws,
      checksum: e.checksum,
    })),
    head: result.head && {
      jws: result.head.jws,
      ...(result.head.verified
        ? { sequence: result.head.verified.sequence, state: result.head.verified.state, signedAt: result.head.verified.signedAt, node: result.head.verified.node, keyId: result.head.verified.keyId }
        : {}),
    },
    keys: result.keys,
  };
}
