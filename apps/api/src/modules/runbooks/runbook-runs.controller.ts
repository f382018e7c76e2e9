import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  finishRunSchema,
  type RunbookRun,
  runListQuerySchema,
  updateRunStepSchema,
} from '@vigil/contracts';
import type { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { RunbookRunsService } from './runbook-runs.service.js';
import { CONTINUITY_READERS } from './runbooks.controller.js';

@ApiTags('runbooks')
@Controller('api/v1/runbook-runs')
export class RunbookRunsController {
  constructor(private readonly runs: RunbookRunsService) {}

  @Get()
  @Roles(...CONTINUITY_READERS)
  async list(
    @Query(new ZodValidationPipe(runListQuerySchema)) query: z.infer<typeof runListQuerySchema>,
  ): Promise<{ items: RunbookRun[]; nextCursor: null }> {
    return { items: await this.runs.list(query), nextCursor: null };
  }

  @Get(':id')
  @Roles(...CONTINUITY_READERS)
  get(@Param('id') id: string): Promise<RunbookRun> {
    return this.runs.get(id);
  }

  /** A step's owner role checks it off (security leads may for anyone); blocking needs a reason. */
  @Patch(':id/steps/:stepId')
  @Roles('security_lead', 'responder', 'dpo')
  step(
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Body(new ZodValidationPipe(updateRunStepSchema)) body: z.infer<typeof updateRunStepSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<RunbookRun> {
    return this.runs.updateStep(user, id, stepId, body, context);
  }

  @Post(':id/finish')
  @Roles('security_lead', 'responder')
  @HttpCode(200)
  finish(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(finishRunSchema)) body: z.infer<typeof finishRunSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<RunbookRun> {
    return this.runs.finish(user, id, body, context);
  }
}
