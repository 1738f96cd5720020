import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from './account.entity.js';
import type { AuthUser } from './auth-user.js';

export const PUBLIC_ROUTE = 'kakak-asuh:public';
export const ROUTE_ROLES = 'kakak-asuh:roles';
export const TOKEN_CHECKED_BY_ROUTE = 'kakak-asuh:token-checked-by-route';

/** No token needed. Every other route needs one. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; ownership is then checked by the service. */
export const Roles = (...roles: Role[]) => SetMetadata(ROUTE_ROLES, roles);

/**
 * The route's own read confirms that the caller's token version is still the account's (and
 * answers `staleToken()` when not), so the guard skips its separate read: one round trip to the
 * database for a route asked very often instead of two.
 */
export const TokenCheckedByRoute = () => SetMetadata(TOKEN_CHECKED_BY_ROUTE, true);

export interface AuthenticatedRequest extends Request {
  user?: AuthUser;
}

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});
