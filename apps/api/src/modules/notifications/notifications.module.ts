import { Module } from '@nestjs/common';
import { MailerService } from './mailer.service.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxService } from './outbox.service.js';

@Module({
  controllers: [OutboxController],
  providers: [MailerService, OutboxService],
  exports: [OutboxService],
})
export class NotificationsModule {}
