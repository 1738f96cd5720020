import { Inject, Injectable, Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Counts login attempts in Redis, so every API instance shares the count, and counts each one
 * before its password is checked, so a parallel burst gets no more checks than the limit. Two
 * counts: per client address and login, and per login from every address (a lock-out that ends
 * `lockoutSeconds` after its first attempt). A successful login gives its attempt back.
 */
@Injectable()
export class LoginAttempts {
  private readonly logger = new Logger(LoginAttempts.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Counts this attempt; past either limit it is refused (429) without a look at the password. */
  async admit(client: string, login: string): Promise<void> {
    const { limit, ttlSeconds, accountLimit, lockoutSeconds } = this.config.loginThrottle;
    const [fromClient, forLogin] = this.keys(client, login);
    const counts = await this.safely(() =>
      this.redis.multi().incr(fromClient).expire(fromClient, ttlSeconds, 'NX').incr(forLogin).expire(forLogin, lockoutSeconds, 'NX').exec(),
    );
    if (!counts) return;
    const [clientCount, loginCount] = [Number(counts[0][1]), Number(counts[2][1])];
    if (clientCount > limit) throw tooMany(`Too many failed logins from this address; try again in ${ttlSeconds} seconds`);
    if (loginCount > accountLimit) throw tooMany(`This login is locked after too many failed attempts; try again in ${lockoutSeconds} seconds`);
  }

  async succeeded(client: string, login: string): Promise<void> {
    const [fromClient, forLogin] = this.keys(client, login);
    await this.safely(() => this.redis.multi().decr(fromClient).decr(forLogin).exec());
  }

  private keys(client: string, login: string): [string, string] {
    const prefix = `${this.config.queuePrefix}:login-attempts`;
    return [`${prefix}:${client}:${login.toLowerCase()}`, `${prefix}:any:${login.toLowerCase()}`];
  }

  /** Redis being away must not lock everyone out: the limiter then lets logins through, and says so. */
  private async safely<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      return await work();
    } catch (error) {
      this.logger.warn(`login limiter unavailable: ${(error as Error).message}`);
      return null;
    }
  }
}

const tooMany = (message: string) => new DomainError(ErrorCode.TooManyRequests, message);
