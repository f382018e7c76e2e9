import { type DynamicModule, Module } from '@nestjs/common';
import type { Config } from '../../config/config.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ObligationSyncService } from '../obligations/obligation-sync.service.js';
import { ObligationsController } from '../obligations/obligations.controller.js';
import { NoticesService } from '../obligations/notices.service.js';
import { ObligationsService } from '../obligations/obligations.service.js';
import { RegisterService } from '../obligations/register.service.js';
import { RemindersProcessor } from '../obligations/reminders.processor.js';
import { RemindersService } from '../obligations/reminders.service.js';
import { AssessmentService } from './assessment.service.js';
import { IncidentEvidenceService } from './incident-evidence.service.js';
import { IncidentOpeningService } from './incident-opening.service.js';
import { IncidentQueryService } from './incident-query.service.js';
import { IncidentReportService } from './incident-report.service.js';
import { IncidentTimelineService } from './incident-timeline.service.js';
import { IncidentsController } from './incidents.controller.js';
import { IncidentsService } from './incidents.service.js';
import { ResponseTargetsController } from './response-targets.controller.js';
import { ResponseTargetsService } from './response-targets.service.js';

const services = [
  IncidentTimelineService,
  IncidentOpeningService,
  IncidentEvidenceService,
  IncidentsService,
  IncidentQueryService,
  IncidentReportService,
  AssessmentService,
  ObligationSyncService,
  ObligationsService,
  NoticesService,
  RegisterService,
  RemindersService,
  ResponseTargetsService,
];

@Module({
  imports: [NotificationsModule],
  controllers: [IncidentsController, ObligationsController, ResponseTargetsController],
  providers: services,
  exports: [IncidentOpeningService, IncidentTimelineService, IncidentsService, RemindersService],
})
export class IncidentsModule {}

/** The reminder worker: only where this process runs workers and Redis delivers the jobs. */
@Module({})
export class RemindersWorkerModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: RemindersWorkerModule,
      imports: [IncidentsModule],
      providers: config.runWorkers && config.redisUrl ? [RemindersProcessor] : [],
    };
  }
}
