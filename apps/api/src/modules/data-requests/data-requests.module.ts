import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { DataDestructionService } from './data-destruction.service.js';
import { DataExportService } from './data-export.service.js';
import { DataRequestsController } from './data-requests.controller.js';
import { DataRequestsService } from './data-requests.service.js';

@Module({
  imports: [NotificationsModule],
  controllers: [DataRequestsController],
  providers: [DataRequestsService, DataExportService, DataDestructionService],
})
export class DataRequestsModule {}
