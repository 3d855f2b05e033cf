import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { IdentityErrors } from '../identity.errors.js';

/** The header the console sends; a cross-site form or image cannot send it, and fetch() needs CORS to. */
export const CONSOLE_HEADER = 'x-landsea-console';

/**
 * CSRF defence for the cookie-carrying browser routes: the request must carry the console's own
 * header (which no cross-site page can add without a CORS grant this node never gives) and an
 * Origin that is this node's: the address the browser used (its Host) or PUBLIC_BASE_URL.
 */
@Injectable()
export class SameOriginGuard implements CanActivate {
  constructor(private readonly config: ConfigService<AppConfig, true>) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const origin = request.headers.origin;
    const allowed = new Set([`${request.protocol}://${request.host}`]);
    const publicBase = this.config.get('PUBLIC_BASE_URL', { infer: true });
    if (publicBase) allowed.add(new URL(publicBase).origin);
    if (request.headers[CONSOLE_HEADER] !== '1' || !origin || !allowed.has(origin)) throw IdentityErrors.browserRequestRefused();
    return true;
  }
}
