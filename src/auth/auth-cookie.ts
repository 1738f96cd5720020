import type { CookieOptions, Request, Response } from 'express';

/** The pages' copy of the access token: HttpOnly so no script can read it, Strict so no other site sends it. */
export const AUTH_COOKIE = 'kakak_asuh_session';

const cookieOptions = (request: Request): CookieOptions => ({ httpOnly: true, sameSite: 'strict', secure: request.secure, path: '/' });

export function setAuthCookie(request: Request, response: Response, token: string, ttlSeconds: number): void {
  response.cookie(AUTH_COOKIE, token, { ...cookieOptions(request), maxAge: ttlSeconds * 1000 });
}

export function clearAuthCookie(request: Request, response: Response): void {
  response.clearCookie(AUTH_COOKIE, cookieOptions(request));
}

export function authCookieOf(request: Request): string | undefined {
  const value: unknown = (request.cookies as Record<string, unknown> | undefined)?.[AUTH_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
