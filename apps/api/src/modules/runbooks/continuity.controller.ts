import { Body, Controller, Get, Put, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type BackupTest,
  backupTestInputSchema,
  type ContinuityReport,
  type Drill,
  drillInputSchema,
  type EvidenceSchedule,
  type Service,
  servicesInputSchema,
} from '@vigil/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import { PRINTABLE_PAGE_CSP } from '../../common/printable-page.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { ContinuityEvidenceService } from './continuity-evidence.service.js';
import { renderContinuityReport } from './continuity-report.html.js';
import { CONTINUITY_READERS } from './runbooks.controller.js';
import { ServicesService } from './services.service.js';

const reportQuerySchema = z.object({ format: z.enum(['json', 'html']).default('json') }).strict();

@ApiTags('continuity')
@Controller('api/v1')
export class ContinuityController {
  constructor(
    @InjectConfig() private readonly config: Config,
    private readonly services: ServicesService,
    private readonly evidence: ContinuityEvidenceService,
  ) {}

  @Get('services')
  @Roles(...CONTINUITY_READERS)
  async listServices(): Promise<{ items: Service[]; nextCursor: null }> {
    return { items: await this.services.list(), nextCursor: null };
  }

  @Put('services')
  @Roles('security_lead')
  async replaceServices(
    @Body(new ZodValidationPipe(servicesInputSchema)) body: z.infer<typeof servicesInputSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<{ items: Service[]; nextCursor: null }> {
    return { items: await this.services.replace(user, body.items, context), nextCursor: null };
  }

  @Get('backup-tests')
  @Roles(...CONTINUITY_READERS)
  async backupTests(): Promise<{ items: BackupTest[]; nextCursor: null }> {
    return { items: await this.evidence.backupTests(), nextCursor: null };
  }

  @Post('backup-tests')
  @Roles('security_lead', 'responder')
  recordBackupTest(
    @Body(new ZodValidationPipe(backupTestInputSchema)) body: z.infer<typeof backupTestInputSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<BackupTest> {
    return this.evidence.recordBackupTest(user, body, context);
  }

  @Get('drills')
  @Roles(...CONTINUITY_READERS)
  async drills(): Promise<{ items: Drill[]; nextCursor: null }> {
    return { items: await this.evidence.drills(), nextCursor: null };
  }

  @Post('drills')
  @Roles('security_lead', 'responder')
  recordDrill(
    @Body(new ZodValidationPipe(drillInputSchema)) body: z.infer<typeof drillInputSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Drill> {
    return this.evidence.recordDrill(user, body, context);
  }

  @Get('continuity/schedule')
  @Roles(...CONTINUITY_READERS)
  async schedule(): Promise<{ items: EvidenceSchedule[]; nextCursor: null }> {
    return { items: await this.evidence.schedules(), nextCursor: null };
  }

  /** JSON for tools, or `?format=html`: a page to print or save as PDF. */
  @Get('continuity/report')
  @Roles(...CONTINUITY_READERS)
  async report(
    @Query(new ZodValidationPipe(reportQuerySchema)) query: z.infer<typeof reportQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ContinuityReport | string> {
    const report = await this.evidence.report();
    if (query.format === 'json') return report;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', PRINTABLE_PAGE_CSP);
    return renderContinuityReport(report, this.config.timeZone);
  }
}
