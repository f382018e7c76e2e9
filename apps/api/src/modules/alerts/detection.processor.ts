import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QueueName } from '../../queue/queue.registry.js';
import { DetectionService } from './detection.service.js';

@Processor(QueueName.Detections)
export class DetectionProcessor extends WorkerHost {
  constructor(private readonly detection: DetectionService) {
    super();
  }

  process(): Promise<Record<string, number>> {
    return this.detection.evaluatePending();
  }
}
