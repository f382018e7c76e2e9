import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AuditDayCount,
  type AuditEvent,
  type AuditEventSearch,
  auditEventSearchSchema,
  type Page,
  type PublicKeys,
} from '@vigil/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { Public, Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { scopeOf } from '../../common/scope.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { type Checkpoint, AuditCheckpointService } from './audit-checkpoint.service.js';
import { AuditExportService } from './audit-export.service.js';
import { AuditQueryService } from './audit-query.service.js';
import { AuditVerifyService, type VerifyResult } from './audit-verify.service.js';
import { SigningKeyService } from './signing-key.service.js';

export const AUDIT_READERS = ['security_lead', 'dpo', 'auditor', 'client_auditor'] as const;

const exportQuerySchema = auditEventSearchSchema
  .omit({ limit: true, cursor: true })
  .extend({ format: z.enum(['csv', 'ndjson']).default('csv') })
  .strict();
type ExportQuery = z.infer<typeof exportQuerySchema>;

const perDayQuerySchema = auditEventSearchSchema.omit({ limit: true, cursor: true }).strict();
type PerDayQuery = z.infer<typeof perDayQuerySchema>;

const rfc3339 = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 time' });
const verifyQuerySchema = z
  .object({
    from: rfc3339.optional(),
    to: rfc3339.optional(),
    source: z.string().max(64).optional(),
  })
  .strict();
type VerifyQuery = z.infer<typeof verifyQuerySchema>;

@ApiTags('audit-events')
@Controller('api/v1/audit-events')
export class AuditEventsController {
  constructor(
    private readonly query: AuditQueryService,
    private readonly exporter: AuditExportService,
    private readonly verifier: AuditVerifyService,
    private readonly checkpoints: AuditCheckpointService,
    private readonly signer: SigningKeyService,
  ) {}

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

  @Get('per-day')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: 'Events per UTC day for the same filters as the search' })
  async perDay(
    @Query(new ZodValidationPipe(perDayQuerySchema)) query: PerDayQuery,
    @CurrentUser() user: UserPrincipal,
  ): Promise<{ items: AuditDayCount[] }> {
    return { items: await this.query.perDay(scopeOf(user), query) };
  }

  @Get('export')
  @Roles(...AUDIT_READERS)
  @ApiOperation({
    summary: 'Stream the filtered log as CSV or NDJSON; the export is itself audited',
  })
  async export(
    @Query(new ZodValidationPipe(exportQuerySchema)) query: ExportQuery,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
    @Res() res: Response,
  ): Promise<void> {
    const { format, ...filter } = query;
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.status(200);
    res.setHeader(
      'Content-Type',
      format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    );
    res.setHeader('Content-Disposition', `attachment; filename="vigil-audit-${stamp}.${format}"`);
    res.setHeader('Cache-Control', 'no-store');
    await this.exporter.stream(user, scopeOf(user), filter, format, res, context);
    res.end();
  }

  @Get('verify')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: 'Recompute the hash chain over a range and report the first break' })
  async verify(
    @Query(new ZodValidationPipe(verifyQuerySchema)) query: VerifyQuery,
    @CurrentUser() user: UserPrincipal,
  ): Promise<
    VerifyResult | { ok: boolean; checked: number; firstBroken?: { source: string; seq: number } }
  > {
    const result = await this.verifier.verify(query);
    if (scopeOf(user).kind === 'all') return result;
    // A client's auditor learns whether the log holds, not the shape of other clients' streams.
    return { ok: result.ok, checked: result.checked };
  }

  @Get('public-key')
  @Public()
  @ApiOperation({ summary: 'The Ed25519 public keys that sign checkpoints (PEM), newest last' })
  async publicKey(): Promise<PublicKeys> {
    return { current: this.signer.keyId, keys: await this.signer.publicKeys() };
  }

  @Get('checkpoints')
  @Roles('security_lead', 'dpo', 'auditor')
  async listCheckpoints(): Promise<{ items: Checkpoint[]; nextCursor: null }> {
    return { items: await this.checkpoints.latest(), nextCursor: null };
  }

  @Post('checkpoints')
  @Roles('security_lead', 'auditor')
  @HttpCode(201)
  @ApiOperation({ summary: 'Sign the current head of every source now' })
  async checkpoint(): Promise<{ items: Checkpoint[] }> {
    return { items: await this.checkpoints.createAll('on_demand') };
  }
}
