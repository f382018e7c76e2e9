import { Global, Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditIngestController } from './audit-ingest.controller.js';
import { AuditIngestService } from './audit-ingest.service.js';
import { AuditCheckpointService } from './audit-checkpoint.service.js';
import { AuditExportService } from './audit-export.service.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditVerifyService } from './audit-verify.service.js';
import { SigningKeyService } from './signing-key.service.js';
import { AuditQueryService } from './audit-query.service.js';
import { AuditRetentionService } from './audit-retention.service.js';

/** Global: every module records what the console does through the one AuditLogService. */
@Global()
@Module({
  controllers: [AuditEventsController, AuditIngestController],
  providers: [
    AuditLogService,
    AuditQueryService,
    AuditIngestService,
    AuditExportService,
    AuditVerifyService,
    AuditCheckpointService,
    SigningKeyService,
    AuditRetentionService,
  ],
  exports: [
    AuditLogService,
    AuditQueryService,
    AuditVerifyService,
    AuditCheckpointService,
    AuditRetentionService,
    SigningKeyService,
  ],
})
export class AuditEventsModule {}
