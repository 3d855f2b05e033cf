import { Body, Controller, Header, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiDefaultResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@landsea/auth';
import { ApiErrors, ErrorBody, validationFailed } from '@landsea/errors';
import { IdentityErrorCode, IdentityErrors } from '../identity.errors.js';
import { RevokeRequestDto, TokenRequestDto, TokenResponseDto } from './dto/token.dto.js';
import { ClientsService } from '../clients/clients.service.js';
import { TokenService } from './token.service.js';

const required = (dto: TokenRequestDto, fields: Array<keyof TokenRequestDto>): void => {
  const missing = fields.filter((field) => !dto[field]);
  if (missing.length) {
    throw validationFailed(
      missing.map((field) => ({
        field,
        message: { en: `${field} is required for grant_type ${dto.grant_type}`, 'zh-CN': `授权类型 ${dto.grant_type} 须提供 ${field}` },
      })),
    );
  }
};

@ApiTags('identity · tokens')
@Public()
@ApiDefaultResponse({ type: ErrorBody })
@Controller('oauth')
export class OAuthController {
  constructor(
    private readonly tokens: TokenService,
    private readonly clients: ClientsService,
  ) {}

  @Post('token')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiErrors({ 400: [IdentityErrorCode.UNSUPPORTED_GRANT_TYPE, IdentityErrorCode.CLIENT_KEY_INVALID], 401: [IdentityErrorCode.INVALID_CREDENTIALS, IdentityErrorCode.REFRESH_TOKEN_INVALID, IdentityErrorCode.REFRESH_TOKEN_REUSED, IdentityErrorCode.CLIENT_ASSERTION_INVALID, IdentityErrorCode.CLIENT_ASSERTION_REPLAYED], 403: [IdentityErrorCode.ACCOUNT_DISABLED], 429: [IdentityErrorCode.ACCOUNT_LOCKED, IdentityErrorCode.ADDRESS_LOCKED, IdentityErrorCode.SIGN_IN_THROTTLED] })
  @ApiOperation({ summary: 'Get tokens: password for people, refresh_token to rotate, client_credentials with private_key_jwt for systems' })
  @ApiOkResponse({ type: TokenResponseDto })
  async token(@Body() dto: TokenRequestDto): Promise<TokenResponseDto> {
    switch (dto.grant_type) {
      case 'password':
        required(dto, ['username', 'password']);
        return this.tokens.signIn(dto.username as string, dto.password as string);
      case 'refresh_token':
        required(dto, ['refresh_token']);
        return this.tokens.refresh(dto.refresh_token as string);
      case 'client_credentials':
        return this.clients.tokenFor(dto.client_assertion_type, dto.client_assertion, dto.client_id);
      default:
        throw IdentityErrors.unsupportedGrant(dto.grant_type);
    }
  }

  @Post('revoke')
  @HttpCode(204)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({ summary: 'Sign out: revoke the sign-in a refresh token belongs to (RFC 7009)' })
  @ApiNoContentResponse()
  async revoke(@Body() dto: RevokeRequestDto): Promise<void> {
    await this.tokens.revoke(dto.token);
  }
}
