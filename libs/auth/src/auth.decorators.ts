import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal.js';
import type { Role } from './roles.js';

export const PUBLIC_ROUTE = 'landsea:public-route';
export const REQUIRED_ROLES = 'landsea:required-roles';
export const ALLOW_UNAPPROVED = 'landsea:allow-unapproved';

/** The OpenAPI extension by which openApiDocument documents a public route as needing no token, whatever its controller says. */
export const PUBLIC_ROUTE_EXTENSION = 'x-landsea-public';

/** Anyone may call this route without a token. */
export const Public = (): MethodDecorator & ClassDecorator => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(PUBLIC_ROUTE_EXTENSION, true));

/** The OpenAPI extension that lists the roles a route needs, as openApiDocument reads it. */
export const REQUIRED_ROLES_EXTENSION = 'x-landsea-roles';

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension(REQUIRED_ROLES_EXTENSION, roles));

/**
 * A write an organisation still under review may make (setting up its own accounts). Every
 * other write needs an approved organisation.
 */
export const AllowUnapproved = (): MethodDecorator & ClassDecorator => SetMetadata(ALLOW_UNAPPROVED, true);

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/** The authenticated caller of this request. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
