import type { CookieSerializeOptions } from '@fastify/cookie';
import { Body, Controller, Header, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiDefaultResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '@landsea/auth';
import type { AppConfig } from '@landsea/config';
import { ApiErrors, ErrorBody } from '@landsea/errors';
import { IdentityErrorCode, IdentityErrors } from '../identity.errors.js';
import { BrowserSignInDto, BrowserTokenDto } from './dto/browser-session.dto.js';
import { CONSOLE_HEADER, SameOriginGuard } from './same-origin.guard.js';
import { type TokenSet, TokenService } from './token.service.js';

export const BROWSER_SESSION_PATH = '/oauth/browser';
export const REFRESH_COOKIE = 'landsea_refresh';

/**
 * The web console's sign-in (the cookie mode of /oauth/token): the access token is answered to
 * the page, which keeps it in memory only; the refresh token goes into an httpOnly, SameSite=Strict
 * cookie that only this path receives. Same rotation and revocation as the JSON mode.
 */
@ApiTags('identity · tokens')
@Public()
@UseGuards(SameOriginGuard)
@ApiHeader({ name: CONSOLE_HEADER, required: true, example: '1', description: 'must be 1; with a same-origin Origin, the CSRF defence' })
@ApiDefaultResponse({ type: ErrorBody })
@Controller(BROWSER_SESSION_PATH.slice(1))
export class BrowserSessionController {
  constructor(
    private readonly tokens: TokenService,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiErrors({ 401: [IdentityErrorCode.INVALID_CREDENTIALS], 403: [IdentityErrorCode.ACCOUNT_DISABLED, IdentityErrorCode.BROWSER_REQUEST_REFUSED], 429: [IdentityErrorCode.ACCOUNT_LOCKED, IdentityErrorCode.ADDRESS_LOCKED, IdentityErrorCode.SIGN_IN_THROTTLED] })
  @ApiOperation({ summary: 'Browser sign-in: the access token in the answer, the refresh token in an httpOnly cookie' })
  @ApiOkResponse({ type: BrowserTokenDto })
  async signIn(@Body() dto: BrowserSignInDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<BrowserTokenDto> {
    return this.answer(reply, await this.tokens.signIn(dto.username, dto.password));
  }

  @Post('refresh')
  @HttpCode(200)
  @Header('cache-control', 'no-store')
  @ApiErrors({ 401: [IdentityErrorCode.SESSION_COOKIE_MISSING, IdentityErrorCode.REFRESH_TOKEN_INVALID, IdentityErrorCode.REFRESH_TOKEN_REUSED], 403: [IdentityErrorCode.ACCOUNT_DISABLED, IdentityErrorCode.BROWSER_REQUEST_REFUSED] })
  @ApiOperation({ summary: "Browser refresh: rotates the cookie's refresh token and answers a new access token" })
  @ApiOkResponse({ type: BrowserTokenDto })
  async refresh(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<BrowserTokenDto> {
    const token = request.cookies[REFRESH_COOKIE];
    if (!token) throw IdentityErrors.sessionCookieMissing();
    try {
      return this.answer(reply, await this.tokens.refresh(token));
    } catch (error) {
      // A refused refresh token (expired, revoked, reused) is of no further use to the browser.
      void reply.clearCookie(REFRESH_COOKIE, this.cookieOptions());
      throw error;
    }
  }

  @Post('sign-out')
  @HttpCode(204)
  @ApiErrors({ 403: [IdentityErrorCode.BROWSER_REQUEST_REFUSED] })
  @ApiOperation({ summary: "Browser sign-out: revokes the cookie's sign-in and removes the cookie" })
  @ApiNoContentResponse()
  async signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const token = request.cookies[REFRESH_COOKIE];
    if (token) await this.tokens.revoke(token);
    void reply.clearCookie(REFRESH_COOKIE, this.cookieOptions());
  }

  private answer(reply: FastifyReply, tokens: TokenSet): BrowserTokenDto {
    if (tokens.refresh_token) {
      void reply.setCookie(REFRESH_COOKIE, tokens.refresh_token, {
        ...this.cookieOptions(),
        maxAge: this.config.get('REFRESH_TOKEN_TTL_SECONDS', { infer: true }),
      });
    }
    return { access_token: tokens.access_token, token_type: tokens.token_type, expires_in: tokens.expires_in };
  }

  private cookieOptions(): CookieSerializeOptions {
    const environment = this.config.get('NODE_ENV', { infer: true });
    return {
      path: BROWSER_SESSION_PATH,
      httpOnly: true,
      sameSite: 'strict',
      // Plain http only where a developer or a test runs the node on loopback.
      secure: environment !== 'development' && environment !== 'test',
    };
  }
}
