import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DependencyCheck, Readiness } from '@vigil/contracts';
import { DataSource } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { RedisService } from '../../queue/redis.service.js';

const CHECK_TIMEOUT_MS = 2_000;

const timed = async (probe: () => Promise<unknown>): Promise<DependencyCheck> => {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
};

@Injectable()
export class HealthService {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisService,
  ) {}

  async readiness(): Promise<Readiness> {
    const redisClient = this.redis.client;
    const [postgres, redis] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      redisClient ? timed(() => redisClient.ping()) : Promise.resolve(undefined),
    ]);
    const down = [
      ...(postgres.status === 'down' ? ['postgres'] : []),
      ...(redis?.status === 'down' ? ['redis'] : []),
    ];
    return {
      status: down.length ? 'unavailable' : 'ok',
      checks: { postgres, ...(redis ? { redis } : {}) },
      down,
      mode: {
        database: this.config.databaseMode,
        timers: this.config.redisUrl ? 'redis' : 'in-process',
      },
      version: this.config.version,
    };
  }
}
