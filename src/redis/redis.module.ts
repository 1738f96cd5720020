import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';

export const REDIS = Symbol('REDIS');

/**
 * Logs an outage once when the connection drops and once when it is back. A drop is seen when
 * ioredis plans a reconnection, which a quick restart may bring back before any command or
 * connection attempt fails; an error counts too (a first connection that fails). Without an
 * `error` listener ioredis prints "Unhandled error event" for every reconnection attempt.
 */
function reportingOutages(redis: Redis): Redis {
  const logger = new Logger('Redis');
  let down = false;
  const wentDown = (reason: string) => {
    if (down) return;
    down = true;
    logger.warn(`Redis unreachable, retrying: ${reason}`);
  };
  redis.on('reconnecting', () => wentDown('the connection closed'));
  redis.on('error', (error: Error) => wentDown(error.message));
  redis.on('ready', () => {
    if (down) logger.log('Redis reachable again');
    down = false;
  });
  return redis;
}

/** One shared Redis connection for health checks and small reads; BullMQ opens its own. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => reportingOutages(new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false })),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
