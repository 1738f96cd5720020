import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Account, Role } from './account.entity.js';
import { AccountRepository } from './account.repository.js';

export interface AccessTokenClaims {
  sub: string;
  role: Role;
  tutorId?: string;
  smeId?: string;
  /** The account's token version when the token was issued. */
  ver: number;
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly accounts: AccountRepository,
  ) {}

  /** Whether a verified token's account still exists with the password it was issued under. */
  async isCurrent(claims: AccessTokenClaims): Promise<boolean> {
    return (await this.accounts.tokenVersionOf(claims.sub)) === claims.ver;
  }

  issue(account: Account): Promise<string> {
    const claims: AccessTokenClaims = { sub: account.id, role: account.role, ver: account.tokenVersion };
    if (account.tutorId) claims.tutorId = account.tutorId;
    if (account.smeId) claims.smeId = account.smeId;
    return this.jwt.signAsync(claims);
  }
}
