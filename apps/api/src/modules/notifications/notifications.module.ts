import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxService } from './outbox.service.js';
import { WebhooksController } from './webhooks.controller.js';
import { WebhooksService } from './webhooks.service.js';

@Module({
  controllers: [OutboxController, WebhooksController],
  providers: [MailerService, OutboxService, WebhooksService],
  exports: [OutboxService, WebhooksService],
})
export class NotificationsModule {}
