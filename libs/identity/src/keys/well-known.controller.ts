import { Controller, Get, Header } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JWK } from 'jose';
import { Public } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { GRANT_TYPES } from '../tokens/dto/token.dto.js';
import { SigningKeysService, TOKEN_ALGORITHM } from './signing-keys.service.js';

@ApiTags('identity · keys')
@Public()
@Controller('.well-known')
export class WellKnownController {
  constructor(
    private readonly keys: SigningKeysService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Get('jwks.json')
  @Header('cache-control', 'public, max-age=60')
  @ApiOperation({ summary: "The node's public signing keys: the active one and retired ones still valid" })
  @ApiOkResponse({ schema: { type: 'object', properties: { keys: { type: 'array', items: { type: 'object' } } } } })
  jwks(): Promise<{ keys: JWK[] }> {
    return this.keys.jwks();
  }

  @Get('record-keys.json')
  @Header('cache-control', 'public, max-age=60')
  @ApiOperation({
    summary: 'Every key this node has signed records with (bill histories, exchange envelopes), retired ones included, so old records stay verifiable',
  })
  @ApiOkResponse({ schema: { type: 'object', properties: { keys: { type: 'array', items: { type: 'object' } } } } })
  recordKeys(): Promise<{ keys: JWK[] }> {
    return this.keys.recordKeys();
  }

  @Get('openid-configuration')
  @ApiOperation({ summary: 'Where and how this node issues tokens' })
  @ApiOkResponse({ schema: { type: 'object' } })
  openidConfiguration(): Record<string, unknown> {
    const issuer = this.config.get('PUBLIC_BASE_URL', { infer: true }) as string;
    return {
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks.json`,
      token_endpoint: `${issuer}/oauth/token`,
      revocation_endpoint: `${issuer}/oauth/revoke`,
      grant_types_supported: [...GRANT_TYPES],
      token_endpoint_auth_methods_supported: ['none', 'private_key_jwt'],
      token_endpoint_auth_signing_alg_values_supported: [TOKEN_ALGORITHM],
      id_token_signing_alg_values_supported: [TOKEN_ALGORITHM],
      response_types_supported: ['token'],
      subject_types_supported: ['public'],
      landsea_node: this.config.get('NODE_PROVINCE', { infer: true }),
    };
  }
}
