import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Config } from '../config/config.js';
import { DetectionTriggerService } from './detection-trigger.service.js';
import { MaintenanceProcessor } from './maintenance.processor.js';
import { QueueErrorListener } from './queue-error.listener.js';
import { QueueName } from './queue.registry.js';
import { redisRetryStrategy } from './redis-connection.js';
import { RedisService } from './redis.service.js';
import { SweepScheduleService } from './sweep-schedule.service.js';
import { SweeperService } from './sweeper.service.js';

/**
 * Queues and the sweeper. With Redis, BullMQ queues (and, when this process runs workers, their
 * processors); without it, only the sweeper, driven by an in-process interval.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(config: Config): DynamicModule {
    const bull = config.redisUrl
      ? [
          BullModule.forRoot({
            connection: {
              url: config.redisUrl,
              maxRetriesPerRequest: null,
              retryStrategy: redisRetryStrategy,
            },
            prefix: config.redisPrefix,
          }),
          BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
        ]
      : [];
    const workers = config.runWorkers
      ? [SweepScheduleService, ...(config.redisUrl ? [MaintenanceProcessor] : [])]
      : [];
    return {
      module: QueueModule,
      imports: bull,
      providers: [
        RedisService,
        SweeperService,
        DetectionTriggerService,
        ...(config.redisUrl ? [QueueErrorListener] : []),
        ...workers,
      ],
      exports: [
        RedisService,
        SweeperService,
        DetectionTriggerService,
        ...(config.redisUrl ? [BullModule] : []),
      ],
    };
  }
}
