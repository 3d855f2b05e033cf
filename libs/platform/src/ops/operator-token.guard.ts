import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@landsea/config';
import { CommonErrorCode, DomainError } from '@landsea/errors';

/**
 * Guards the node operator's routes with OPERATOR_TOKEN until the identity context issues
 * operator tokens; without a configured token these routes refuse every call.
 */
@Injectable()
export class OperatorTokenGuard implements CanActivate {
  constructor(private readonly config: ConfigService<AppConfig, true>) {}

  canActivate(context: ExecutionContext): boolean {
    const expected = this.config.get('OPERATOR_TOKEN', { infer: true });
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!given) {
      throw new DomainError(HttpStatus.UNAUTHORIZED, CommonErrorCode.UNAUTHENTICATED, 'An operator bearer token is required');
    }
    const matches =
      expected !== undefined &&
      given.length === expected.length &&
      timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    if (!matches) {
      throw new DomainError(HttpStatus.FORBIDDEN, CommonErrorCode.FORBIDDEN, 'This token may not use the operator routes');
    }
    return true;
  }
}
