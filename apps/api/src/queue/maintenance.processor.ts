import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { type JobName, type JobPayloads, QueueName } from './queue.registry.js';
import { type SweepReport, SweeperService } from './sweeper.service.js';

type MaintenanceJob = Job<
  JobPayloads[typeof QueueName.Maintenance][JobName<typeof QueueName.Maintenance>]
>;

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);
  private lastErrorLoggedAt = 0;

  constructor(private readonly sweeper: SweeperService) {
    super();
  }

  async process(job: MaintenanceJob): Promise<SweepReport> {
    const name = job.name as JobName<typeof QueueName.Maintenance>;
    switch (name) {
      case 'sweep':
        return this.sweeper.runOnce();
    }
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    // Redis outages repeat this every reconnect attempt; one line a minute is enough.
    if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
    this.lastErrorLoggedAt = Date.now();
    this.logger.warn(`maintenance worker: ${error.message}`);
  }
}
