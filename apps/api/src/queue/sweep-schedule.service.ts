import { InjectQueue } from '@nestjs/bullmq';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import type { Queue } from 'bullmq';
import { InjectConfig } from '../config/config.module.js';
import type { Config } from '../config/config.js';
import { QueueName, SWEEP_SCHEDULER_ID } from './queue.registry.js';
import { SweeperService } from './sweeper.service.js';

/**
 * Keeps the sweeper running: a BullMQ job scheduler when Redis is configured (one sweep per interval
 * across every worker), an in-process interval when it is not.
 */
@Injectable()
export class SweepScheduleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SweepScheduleService.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @InjectConfig() private readonly config: Config,
    private readonly sweeper: SweeperService,
    @Optional() @InjectQueue(QueueName.Maintenance) private readonly queue?: Queue,
  ) {}

  onApplicationBootstrap(): void {
    if (this.queue) {
      // Upserting is idempotent; repeating it puts the schedule back after a Redis flush or failover,
      // which would otherwise stop the sweeper that is meant to repair exactly those losses.
      this.timer = setInterval(() => this.schedule(), this.config.sweepIntervalMs);
      this.timer.unref();
      this.schedule();
      return;
    }
    this.logger.warn(
      `No REDIS_URL: the sweeper delivers due timers in-process every ${this.config.sweepIntervalMs} ms`,
    );
    this.timer = setInterval(() => this.sweepInProcess(), this.config.sweepIntervalMs);
    this.timer.unref();
    this.sweepInProcess();
  }

  private schedule(): void {
    // Not awaited: start-up must not wait for a Redis that is down; BullMQ retries the connection.
    this.queue
      ?.upsertJobScheduler(
        SWEEP_SCHEDULER_ID,
        { every: this.config.sweepIntervalMs },
        { name: 'sweep', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      )
      .catch((error: Error) =>
        this.logger.warn(`could not schedule the sweeper yet: ${error.message}`),
      );
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private sweepInProcess(): void {
    if (this.running) return;
    this.running = this.sweeper
      .runOnce()
      .catch((error: Error) => this.logger.error({ err: error }, 'sweep failed'))
      .finally(() => (this.running = null));
  }
}
