import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QueueName } from './queue.registry.js';

/**
 * Routes queue connection errors to the log, at most once a minute per queue. Without a listener
 * BullMQ prints every reconnect failure to the console; readiness already reports Redis as down.
 * Each queue of the registry is injected here so that its listener is attached before it connects.
 */
@Injectable()
export class QueueErrorListener {
  private readonly logger = new Logger('Queue');

  constructor(
    @InjectQueue(QueueName.Maintenance) maintenance: Queue,
    @InjectQueue(QueueName.Detections) detections: Queue,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
  ) {
    for (const queue of [maintenance, detections, reminders]) this.listen(queue);
  }

  private listen(queue: Queue): void {
    let lastLoggedAt = 0;
    queue.on('error', (error: Error) => {
      if (Date.now() - lastLoggedAt < 60_000) return;
      lastLoggedAt = Date.now();
      this.logger.warn(`queue ${queue.name}: ${error.message}`);
    });
  }
}
