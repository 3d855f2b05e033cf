import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiDefaultResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { RouteConfig } from '@nestjs/platform-fastify';
import { Public } from '@landsea/auth';
import { ApiErrors, type BodyTooLargeConfig, ErrorBody } from '@landsea/errors';
import { ExchangeErrorCode } from '../exchange.errors.js';
import { InboundService } from './inbound.service.js';

class EnvelopeDto {
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…', description: 'Compact JWS (ES256) signed by the sending node, typ landsea-exchange-envelope+jws' })
  @IsString()
  @MaxLength(16 * 1024 * 1024)
  envelope: string;
}

class EnvelopeReceiptDto {
  @ApiProperty({ example: 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImNxLTIwMjYtMTAifQ.eyJzZXEiOjF9.MEUCIQ…', description: 'Compact JWS signed by this node: the message id and, per record, APPLIED, STALE or REJECTED with a reason' })
  receipt: string;
}

@ApiTags('exchange · inbound')
@ApiDefaultResponse({ type: ErrorBody })
@Controller('exchange/envelopes')
export class InboundController {
  constructor(private readonly inbound: InboundService) {}

  @Post()
  @Public()
  @HttpCode(200)
  @RouteConfig({
    bodyTooLarge: {
      code: ExchangeErrorCode.ENVELOPE_TOO_LARGE,
      message: { en: "The envelope is over this node's body limit; send fewer records at once", 'zh-CN': '报文超过本节点的请求体上限，请分批发送较少的记录' },
    },
  } satisfies BodyTooLargeConfig)
  @ApiErrors({ 400: [ExchangeErrorCode.ENVELOPE_MALFORMED, ExchangeErrorCode.ENVELOPE_NOT_FOR_THIS_NODE, ExchangeErrorCode.ENVELOPE_CLOCK_SKEW], 401: [ExchangeErrorCode.ENVELOPE_SIGNATURE_INVALID, ExchangeErrorCode.ENVELOPE_KEY_UNKNOWN], 403: [ExchangeErrorCode.PARTNER_UNKNOWN], 413: [ExchangeErrorCode.ENVELOPE_TOO_LARGE, ExchangeErrorCode.ENVELOPE_TOO_MANY_RECORDS] })
  @ApiOperation({ summary: 'Partner nodes deliver signed envelopes here; the signature, not a token, proves the sender' })
  @ApiOkResponse({ type: EnvelopeReceiptDto })
  receive(@Body() dto: EnvelopeDto): Promise<EnvelopeReceiptDto> {
    return this.inbound.receive(dto.envelope);
  }
}
