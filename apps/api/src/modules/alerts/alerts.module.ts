import { type DynamicModule, Module } from '@nestjs/common';
import type { Config } from '../../config/config.js';
import { IncidentsModule } from '../incidents/incidents.module.js';
import { AlertRulesService } from './alert-rules.service.js';
import { AlertsController } from './alerts.controller.js';
import { AlertsService } from './alerts.service.js';
import { DetectionProcessor } from './detection.processor.js';
import { DetectionService } from './detection.service.js';
import { DetectionRulesService } from './detection-rules.service.js';
import { AlertRulesController, DetectionRulesController } from './rules.controller.js';

@Module({
  imports: [IncidentsModule],
  controllers: [AlertsController, AlertRulesController, DetectionRulesController],
  providers: [AlertsService, AlertRulesService, DetectionService, DetectionRulesService],
  exports: [AlertsService, DetectionService],
})
export class AlertsModule {}

/** The detection worker: only where this process runs workers and Redis delivers the jobs. */
@Module({})
export class DetectionWorkerModule {
  static forRoot(config: Config): DynamicModule {
    const enabled = config.runWorkers && !!config.redisUrl;
    return {
      module: DetectionWorkerModule,
      imports: [AlertsModule],
      providers: enabled ? [DetectionProcessor] : [],
    };
  }
}
