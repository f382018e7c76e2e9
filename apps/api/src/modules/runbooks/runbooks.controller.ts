import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type Runbook,
  type RunbookRun,
  runbookInputSchema,
  runbookListQuerySchema,
  type RunbookVersionSummary,
  startRunSchema,
} from '@vigil/contracts';
import { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { RunbookRunsService } from './runbook-runs.service.js';
import { RunbooksService } from './runbooks.service.js';

export const CONTINUITY_READERS = ['security_lead', 'responder', 'dpo', 'auditor'] as const;

const versionQuerySchema = z
  .object({ version: z.coerce.number().int().min(1).optional() })
  .strict();

@ApiTags('runbooks')
@Controller('api/v1/runbooks')
export class RunbooksController {
  constructor(
    private readonly runbooks: RunbooksService,
    private readonly runs: RunbookRunsService,
  ) {}

  @Get()
  @Roles(...CONTINUITY_READERS)
  async list(
    @Query(new ZodValidationPipe(runbookListQuerySchema))
    query: z.infer<typeof runbookListQuerySchema>,
  ): Promise<{ items: Runbook[]; nextCursor: null }> {
    return { items: await this.runbooks.list(query), nextCursor: null };
  }

  @Post()
  @Roles('security_lead')
  create(
    @Body(new ZodValidationPipe(runbookInputSchema)) body: z.infer<typeof runbookInputSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Runbook> {
    return this.runbooks.create(user, body, context);
  }

  @Get(':id')
  @Roles(...CONTINUITY_READERS)
  get(
    @Param('id') id: string,
    @Query(new ZodValidationPipe(versionQuerySchema)) query: z.infer<typeof versionQuerySchema>,
  ): Promise<Runbook> {
    return this.runbooks.get(id, query.version);
  }

  /** Saves a new version; runs already started keep theirs. */
  @Put(':id')
  @Roles('security_lead')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(runbookInputSchema)) body: z.infer<typeof runbookInputSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Runbook> {
    return this.runbooks.update(user, id, body, context);
  }

  @Get(':id/versions')
  @Roles(...CONTINUITY_READERS)
  async versions(
    @Param('id') id: string,
  ): Promise<{ items: RunbookVersionSummary[]; nextCursor: null }> {
    return { items: await this.runbooks.versions(id), nextCursor: null };
  }

  @Post(':id/archive')
  @Roles('security_lead')
  @HttpCode(200)
  archive(
    @Param('id') id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Runbook> {
    return this.runbooks.setArchived(user, id, true, context);
  }

  @Post(':id/unarchive')
  @Roles('security_lead')
  @HttpCode(200)
  unarchive(
    @Param('id') id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Runbook> {
    return this.runbooks.setArchived(user, id, false, context);
  }

  @Post(':id/runs')
  @Roles('security_lead', 'responder')
  startRun(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(startRunSchema)) body: z.infer<typeof startRunSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<RunbookRun> {
    return this.runs.start(user, id, body, context);
  }
}
