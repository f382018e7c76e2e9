import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { LoggedWorkerHost } from '../../queue/logged-worker-host.js';
import { type JobPayloads, QueueName } from '../../queue/queue.registry.js';
import { RemindersService } from './reminders.service.js';

@Processor(QueueName.Reminders, { concurrency: 8 })
export class RemindersProcessor extends LoggedWorkerHost {
  constructor(private readonly reminders: RemindersService) {
    super();
  }

  process(job: Job<JobPayloads[typeof QueueName.Reminders]['deliver']>): Promise<string> {
    // Stale or already-sent reminders come back as skipped/gone: the row decides, not the job.
    return this.reminders.deliver(job.data.reminderId);
  }
}
