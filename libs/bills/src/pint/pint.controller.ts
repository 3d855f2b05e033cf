import { Body, Controller, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBody, ApiDefaultResponse, ApiOperation, ApiParam, type ApiParamOptions, ApiResponse, ApiTags } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { Public } from '@landsea/auth';
import { ApiErrors, type BodyTooLargeConfig, ErrorBody } from '@landsea/errors';
import type { RouteBodyLimitConfig } from '@landsea/platform';
import { BillsErrorCode } from '../bills.errors.js';
import { base64Length } from './pint-envelope.js';
import { type PintReply, PintService } from './pint.service.js';

const ENVELOPE_REFERENCE_PARAM: ApiParamOptions = { name: 'envelopeReference', example: 'b5a2d4e1-7c3f-4a96-8e20-1f9d6c3b7a58', description: 'The envelope reference the start of the transfer answered' };
const DOCUMENT_CHECKSUM_PARAM: ApiParamOptions = { name: 'documentChecksum', example: '9c1185a5c5e9fc54612808977ee8f548b2258d31a6f1b7e1c7e3c9d3a0f4e2b1', description: 'SHA-256 of the additional document, as the envelope manifest lists it' };

const SIGNED_RESPONSE = { type: 'string', description: 'JWS (compact) over a DCSA PINT EnvelopeTransferFinishedResponse' };
const STARTED_RESPONSE = {
  type: 'object',
  description: 'DCSA PINT EnvelopeTransferStartedResponse (unsigned): send each missing document, then finish the transfer',
  properties: {
    envelopeReference: { type: 'string', maxLength: 100 },
    transportDocumentChecksum: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    lastEnvelopeTransferChainEntrySignedContentChecksum: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    missingAdditionalDocumentChecksums: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
  },
  required: ['envelopeReference', 'transportDocumentChecksum', 'lastEnvelopeTransferChainEntrySignedContentChecksum', 'missingAdditionalDocumentChecksums'],
};
const ENVELOPE_REFERENCE = { name: 'envelopeReference', description: 'The reference the start of the transfer answered with (201)' };

/**
 * DCSA PINT 3.0.0's receiving side. Public: the sending platform is known by the signatures on
 * what it sends, checked against a registered partner's keys, not by a token.
 */
@ApiTags('bills · pint')
@ApiDefaultResponse({ type: ErrorBody })
@Public()
@Controller('v3/envelopes')
export class PintController {
  constructor(private readonly pint: PintService) {}

  @Post()
  @ApiErrors({ 400: [BillsErrorCode.NOT_A_PINT_ENVELOPE], 404: [BillsErrorCode.PINT_ENVELOPE_NOT_FOUND] })
  @ApiOperation({
    summary:
      'DCSA PINT 3.0.0 start envelope transfer: a partner platform sends a bill; answered with a signed RECE, DUPE, BSIG, BENV or DISE, or, when the manifest lists supporting documents not yet here, 201 with the envelope reference and the missing checksums',
  })
  @ApiBody({ schema: { type: 'object', description: 'A DCSA PINT 3.0.0 EblEnvelope', additionalProperties: true } })
  @ApiResponse({ status: 200, description: 'RECE or DUPE', schema: SIGNED_RESPONSE })
  @ApiResponse({ status: 201, description: 'Transfer started; documents missing', schema: STARTED_RESPONSE })
  @ApiResponse({ status: 409, description: 'DISE', schema: SIGNED_RESPONSE })
  @ApiResponse({ status: 422, description: 'BSIG or BENV', schema: SIGNED_RESPONSE })
  async receive(@Body() envelope: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return send(reply, await this.pint.receive(envelope));
  }

  @Put(':envelopeReference/additional-documents/:documentChecksum')
  // A document is as large as an attachment may be, Base64-encoded in one JSON string: far over the JSON body limit.
  @RouteConfig({
    bodyLimit: (config: AppConfig) => base64Length(config.ATTACHMENT_MAX_BYTES) + 2,
    bodyTooLarge: { code: BillsErrorCode.ATTACHMENT_TOO_LARGE, message: {
        en: 'The document is larger than ATTACHMENT_MAX_BYTES, the most this platform takes, once Base64-encoded',
        'zh-CN': '该单据经 Base64 编码后超过本平台可接收的上限（ATTACHMENT_MAX_BYTES）',
      },
    },
  } satisfies RouteBodyLimitConfig & BodyTooLargeConfig)
  @ApiErrors({ 400: [BillsErrorCode.PINT_DOCUMENT_NOT_BASE64], 404: [BillsErrorCode.PINT_ENVELOPE_NOT_FOUND], 413: [BillsErrorCode.ATTACHMENT_TOO_LARGE] })
  @ApiOperation({
    summary:
      'DCSA PINT 3.0.0 transfer additional document: one supporting document the manifest declares, as a Base64 JSON string of up to ATTACHMENT_MAX_BYTES (larger: 413); refused with a signed INCD if its SHA-256 or size is not the declared one',
  })
  @ApiParam(ENVELOPE_REFERENCE)
  @ApiParam({ name: 'documentChecksum', description: 'SHA-256 of the document, as the manifest declares it', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } })
  @ApiBody({ schema: { type: 'string', format: 'byte', description: 'The document, Base64-encoded, as a JSON string' } })
  @ApiResponse({ status: 204, description: 'Document received' })
  @ApiResponse({ status: 409, description: 'INCD: not declared, or checksum or size does not match', schema: SIGNED_RESPONSE })
  @ApiParam(ENVELOPE_REFERENCE_PARAM)
  @ApiParam(DOCUMENT_CHECKSUM_PARAM)
  async document(
    @Param('envelopeReference') reference: string,
    @Param('documentChecksum') checksum: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | undefined> {
    return send(reply, await this.pint.receiveDocument(reference, checksum, body));
  }

  @Put(':envelopeReference/finish-transfer')
  @ApiErrors({ 404: [BillsErrorCode.PINT_ENVELOPE_NOT_FOUND] })
  @ApiOperation({ summary: 'DCSA PINT 3.0.0 finish envelope transfer: a signed RECE once every declared document is here (the bill is created), MDOC listing those still missing' })
  @ApiParam(ENVELOPE_REFERENCE)
  @ApiResponse({ status: 200, description: 'RECE or DUPE', schema: SIGNED_RESPONSE })
  @ApiResponse({ status: 409, description: 'MDOC or DISE', schema: SIGNED_RESPONSE })
  @ApiResponse({ status: 422, description: 'BSIG or BENV', schema: SIGNED_RESPONSE })
  @ApiParam(ENVELOPE_REFERENCE_PARAM)
  async finish(@Param('envelopeReference') reference: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | undefined> {
    return send(reply, await this.pint.finish(reference));
  }
}

function send(reply: FastifyReply, answer: PintReply): string | undefined {
  void reply.status(answer.status).header('api-version', '3.0.0');
  if ('signed' in answer) return json(reply, answer.signed);
  if ('started' in answer) return json(reply, answer.started);
  return undefined;
}

function json(reply: FastifyReply, body: unknown): string {
  void reply.header('content-type', 'application/json');
  return JSON.stringify(body);
}
