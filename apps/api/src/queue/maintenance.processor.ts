import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { LoggedWorkerHost } from './logged-worker-host.js';
import { type JobName, type JobPayloads, QueueName } from './queue.registry.js';
import { type SweepReport, SweeperService } from './sweeper.service.js';

type MaintenanceJob = Job<
  JobPayloads[typeof QueueName.Maintenance][JobName<typeof QueueName.Maintenance>]
>;

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends LoggedWorkerHost {
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
}
