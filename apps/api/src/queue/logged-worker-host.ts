import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';

/**
 * A worker host that logs its connection errors once a minute. Without a listener BullMQ prints
 * every reconnect failure to the console while Redis is away; readiness already reports it down.
 */
export abstract class LoggedWorkerHost extends WorkerHost {
  private readonly workerLogger = new Logger(this.constructor.name);
  private lastErrorLoggedAt = 0;

  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
    this.lastErrorLoggedAt = Date.now();
    this.workerLogger.warn(`worker: ${error.message}`);
  }
}
