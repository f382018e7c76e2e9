import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module.js';
import { AlarmIngestService } from './alarm-ingest.service.js';
import { AlarmsController } from './alarms.controller.js';
import { AlarmsQueryService } from './alarms-query.service.js';
import { IntegrationsController } from './integrations.controller.js';
import { IntegrationsService } from './integrations.service.js';
import { SnsIntakeService } from './sns-intake.service.js';

@Module({
  imports: [AlertsModule],
  controllers: [AlarmsController, IntegrationsController],
  providers: [AlarmIngestService, AlarmsQueryService, IntegrationsService, SnsIntakeService],
})
export class AlarmsModule {}
