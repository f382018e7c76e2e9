import { Global, Module } from '@nestjs/common';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditQueryService } from './audit-query.service.js';

/** Global: every module records what the console does through the one AuditLogService. */
@Global()
@Module({
  controllers: [AuditEventsController],
  providers: [AuditLogService, AuditQueryService],
  exports: [AuditLogService, AuditQueryService],
})
export class AuditEventsModule {}
