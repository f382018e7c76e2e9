import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { InjectConfig } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { redisRetryStrategy } from './redis-connection.js';

/** A plain Redis connection for health checks; null in the embedded default without REDIS_URL. */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis | null;

  constructor(@InjectConfig() config: Config) {
    this.client = config.redisUrl
      ? new Redis(config.redisUrl, {
          retryStrategy: redisRetryStrategy,
          // Fail fast while disconnected: readiness must answer, not queue the PING.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          lazyConnect: false,
        })
      : null;
    // Connection errors are reported by /health/ready; ioredis retries on its own.
    this.client?.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    this.client?.disconnect();
  }
}
