import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal } from '@landsea/auth';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import type { TransportDocument } from './dcsa-transport-document.js';
import { DcsaService } from './dcsa.service.js';
import { BillsErrorCode } from '../bills.errors.js';
import { BILL_ID_PARAM } from '../bills/dto/bill.dto.js';


@ApiTags('bills · documents')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('bills')
export class DcsaController {
  constructor(private readonly dcsa: DcsaService) {}

  @Get(':id/dcsa')
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 422: [BillsErrorCode.PARTY_NOT_REGISTERED, BillsErrorCode.NOT_EXPRESSIBLE_AS_DCSA] })
  @ApiOperation({
    summary: 'The bill as a DCSA eBL 3.0.4 Transport Document, validated against DCSA’s schema: rail legs as pre-carriage, the sea leg’s vessel and voyage, places as UN/LOCODE (parties to the bill)',
  })
  @ApiOkResponse({ description: 'A DCSA eBL 3.0.4 TransportDocument', schema: { type: 'object', additionalProperties: true } })
  @ApiParam(BILL_ID_PARAM)
  transportDocument(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal): Promise<TransportDocument> {
    return this.dcsa.transportDocument(caller, id);
  }
}
