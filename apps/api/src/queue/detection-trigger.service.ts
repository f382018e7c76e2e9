import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Optional } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { EVALUATE_JOB_ID, QueueName } from './queue.registry.js';

/**
 * Tells the workers that audit events arrived. Fire-and-forget: ingest never waits on it, and
 * without Redis (or if this add is lost) the sweeper reads the same cursors on its next pass.
 */
@Injectable()
export class DetectionTriggerService {
  constructor(@Optional() @InjectQueue(QueueName.Detections) private readonly queue?: Queue) {}

  nudge(): void {
    this.queue
      ?.add(
        'evaluate',
        {},
        { jobId: EVALUATE_JOB_ID, delay: 250, removeOnComplete: true, removeOnFail: true },
      )
      .catch(() => undefined);
  }
}
