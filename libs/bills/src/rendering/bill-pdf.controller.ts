import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiDefaultResponse, ApiOperation, ApiParam, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, type Principal } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { BillsService } from '../bills/bills.service.js';
import { billPdfFilename, billVerificationUrl, renderBillPdf } from './bill-pdf.renderer.js';
import { BillsErrorCode } from '../bills.errors.js';
import { BILL_ID_PARAM } from '../bills/dto/bill.dto.js';


@ApiTags('bills · documents')
@ApiBearerAuth()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('bills')
export class BillPdfController {
  constructor(
    private readonly bills: BillsService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Get(':id/pdf')
  @ApiErrors({ 404: [BillsErrorCode.BILL_NOT_FOUND], 422: [BillsErrorCode.PARTY_NOT_REGISTERED] })
  @ApiOperation({ summary: 'The bill printed as PDF, for the parties to it: its layout, its state now, and a QR code to its public verification page' })
  @ApiProduces('application/pdf')
  @ApiResponse({ status: 200, description: 'The printable bill', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiParam(BILL_ID_PARAM)
  async pdf(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() caller: Principal, @Res() reply: FastifyReply): Promise<void> {
    const bill = await this.bills.get(caller, id);
    const pdf = await renderBillPdf(bill, billVerificationUrl(this.config.get('PUBLIC_BASE_URL', { infer: true }), bill));
    await reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="${billPdfFilename(bill.number)}"`)
      // The printout shows the bill's state now: a cached copy would show a holder that has moved on.
      .header('cache-control', 'no-store')
      .send(pdf);
  }
}
