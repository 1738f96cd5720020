import { Inject, Injectable, Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { DomainError } from '../common/domain-error.js';
import { ErrorCode } from '../common/error-code.js';
import { REDIS } from '../redis/redis.module.js';

/**
 * Counts failed logins per client address and login in Redis, so every API instance shares the
 * count. Past the limit, logins from that address for that login answer 429 until the window ends.
 */
@Injectable()
export class LoginAttempts {
  private readonly logger = new Logger(LoginAttempts.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(client: string, login: string): Promise<void> {
    const failures = Number(await this.safely(() => this.redis.get(this.key(client, login))));
    if (failures >= this.config.loginThrottle.limit) {
      throw new DomainError(ErrorCode.TooManyRequests, `Too many failed logins; try again in ${this.config.loginThrottle.ttlSeconds} seconds`);
    }
  }

  async recordFailure(client: string, login: string): Promise<void> {
    const key = this.key(client, login);
    await this.safely(() => this.redis.multi().incr(key).expire(key, this.config.loginThrottle.ttlSeconds, 'NX').exec());
  }

  private key(client: string, login: string): string {
    return `${this.config.queuePrefix}:login-failures:${client}:${login.toLowerCase()}`;
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
