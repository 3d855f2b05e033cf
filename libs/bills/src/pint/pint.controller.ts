import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBody, ApiDefaultResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@landsea/auth';
import { ErrorBody } from '@landsea/errors';
import { PintService } from './pint.service.js';

const SIGNED_RESPONSE = { type: 'string', description: 'JWS (compact) over a DCSA PINT EnvelopeTransferFinishedResponse' };

/**
 * DCSA PINT 3.0.0's receiving side. Public: the sending platform is known by the signatures on
 * what it sends, checked against a registered partner's keys, not by a token.
 */
@ApiTags('pint')
@ApiDefaultResponse({ type: ErrorBody })
@Public()
@Controller('v3/envelopes')
export class PintController {
  constructor(private readonly pint: PintService) {}

  @Post()
  @ApiOperation({
    summary:
      'DCSA PINT 3.0.0 start envelope transfer: a partner platform sends a bill; answered with a signed RECE, DUPE, BSIG, BENV or DISE. Envelopes with additional documents are not taken yet (BENV)',
  })
  @ApiBody({ schema: { type: 'object', description: 'A DCSA PINT 3.0.0 EblEnvelope', additionalProperties: true } })
  @ApiResponse({ status: 200, description: 'RECE or DUPE', schema: SIGNED_RESPONSE })
  @ApiResponse({ status: 409, description: 'DISE', schema: SIGNED_RESPONSE })
  @ApiResponse({ status: 422, description: 'BSIG or BENV', schema: SIGNED_RESPONSE })
  async receive(@Body() envelope: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const answer = await this.pint.receive(envelope);
    void reply.status(answer.status).header('content-type', 'application/json').header('api-version', '3.0.0');
    return JSON.stringify(answer.signed);
  }
}
