import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import type { Role } from './account.entity.js';
import { authCookieOf } from './auth-cookie.js';
import { AuthenticatedRequest, PUBLIC_ROUTE, ROUTE_ROLES, TOKEN_CHECKED_BY_ROUTE } from './auth.decorators.js';
import { staleToken } from './stale-token.js';
import { TokenService, type AccessTokenClaims } from './token.service.js';

/** Global guard: a valid bearer token (or, without one, the pages' session cookie) on every non-public route, then the route's roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const claims = await this.verify(bearerToken(request.headers.authorization) || authCookieOf(request));
    if (!this.reflector.getAllAndOverride<boolean>(TOKEN_CHECKED_BY_ROUTE, targets) && !(await this.tokens.isCurrent(claims))) throw staleToken();
    request.user = { accountId: claims.sub, role: claims.role, tutorId: claims.tutorId ?? null, smeId: claims.smeId ?? null, tokenVersion: claims.ver };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROUTE_ROLES, targets);
    if (roles && !roles.includes(claims.role)) {
      throw new DomainError(ErrorCode.Forbidden, `This route is for ${roles.join(' or ')} accounts`);
    }
    return true;
  }

  private async verify(token: string | undefined): Promise<AccessTokenClaims> {
    if (!token) throw new DomainError(ErrorCode.Unauthenticated, 'A bearer access token is required');
    try {
      return await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new DomainError(ErrorCode.Unauthenticated, 'The access token is invalid or expired');
    }
  }
}

const bearerToken = (header: string | undefined): string => (header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '');
