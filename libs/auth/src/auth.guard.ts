import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ALLOW_UNAPPROVED, type AuthenticatedRequest, PUBLIC_ROUTE, REQUIRED_ROLES } from './auth.decorators.js';
import { organisationNotApproved, organisationSuspended, roleRequired, tokenMissing } from './auth.errors.js';
import { ACCESS_TOKEN_VERIFIER, type AccessTokenVerifier } from './principal.js';
import type { Role } from './roles.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one guard in front of every route: a route is public only when it says so; every other
 * one needs a valid bearer token, the roles it names, and, for writes, an approved organisation
 * (or, for the few writes marked AllowUnapproved, one still under review).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly verifier: AccessTokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) throw tokenMissing();
    const write = !READS.has(request.method);
    const principal = await this.verifier.verify(header.slice(7).trim(), { write });
    request.principal = principal;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (roles?.length && !roles.some((role) => principal.roles.includes(role))) throw roleRequired(roles);
    const unapprovedAllowed = this.reflector.getAllAndOverride<boolean>(ALLOW_UNAPPROVED, targets);
    if (write && !principal.organisationApproved) {
      if (principal.organisationStatus === 'SUSPENDED') throw organisationSuspended();
      // Only a registration still under review may set up its own accounts.
      if (!unapprovedAllowed || principal.organisationStatus !== 'PENDING') throw organisationNotApproved();
    }
    return true;
  }
}
