import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ContinuityEvidenceService } from './continuity-evidence.service.js';
import { ContinuityRemindersService } from './continuity-reminders.service.js';
import { ContinuityController } from './continuity.controller.js';
import { RunbookRunsController } from './runbook-runs.controller.js';
import { RunbookRunsService } from './runbook-runs.service.js';
import { RunbooksController } from './runbooks.controller.js';
import { RunbooksService } from './runbooks.service.js';
import { ServicesService } from './services.service.js';

@Module({
  imports: [IncidentsModule, NotificationsModule],
  controllers: [RunbooksController, RunbookRunsController, ContinuityController],
  providers: [
    ServicesService,
    RunbooksService,
    RunbookRunsService,
    ContinuityEvidenceService,
    ContinuityRemindersService,
  ],
  exports: [RunbookRunsService],
})
export class RunbooksModule {}
