import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AuditEvent,
  type AuditEventSearch,
  auditEventSearchSchema,
  type Page,
} from '@vigil/contracts';
import { Roles } from '../../common/access.decorator.js';
import { CurrentUser, type UserPrincipal } from '../../common/principal.js';
import { scopeOf } from '../../common/scope.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { AuditQueryService } from './audit-query.service.js';

export const AUDIT_READERS = ['security_lead', 'dpo', 'auditor', 'client_auditor'] as const;

@ApiTags('audit-events')
@Controller('api/v1/audit-events')
export class AuditEventsController {
  constructor(private readonly query: AuditQueryService) {}

  @Get()
  @Roles(...AUDIT_READERS)
  @ApiOperation({
    summary: 'Search the audit log, newest first (a client_auditor sees only its organization)',
  })
  search(
    @Query(new ZodValidationPipe(auditEventSearchSchema)) query: AuditEventSearch,
    @CurrentUser() user: UserPrincipal,
  ): Promise<Page<AuditEvent>> {
    return this.query.search(scopeOf(user), query);
  }
}
