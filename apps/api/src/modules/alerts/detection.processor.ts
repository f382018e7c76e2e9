import { Processor } from '@nestjs/bullmq';
import { LoggedWorkerHost } from '../../queue/logged-worker-host.js';
import { QueueName } from '../../queue/queue.registry.js';
import { DetectionService } from './detection.service.js';

@Processor(QueueName.Detections)
export class DetectionProcessor extends LoggedWorkerHost {
  constructor(private readonly detection: DetectionService) {
    super();
  }

  process(): Promise<Record<string, number>> {
    return this.detection.evaluatePending();
  }
}
