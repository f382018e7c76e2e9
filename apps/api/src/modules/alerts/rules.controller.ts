import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AlertRuleInput,
  alertRuleInputSchema,
  alertRulePatchSchema,
  type AlertRuleRecord,
  type DetectionRuleInput,
  detectionRuleInputSchema,
  detectionRulePatchSchema,
  type DetectionRuleRecord,
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
import { AlertRulesService } from './alert-rules.service.js';
import { DetectionRulesService, type PreviewHit } from './detection-rules.service.js';

@ApiTags('alert-rules')
@Controller('api/v1/alert-rules')
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  @Get()
  @Roles('security_lead', 'responder')
  async list(): Promise<{ items: AlertRuleRecord[]; nextCursor: null }> {
    return { items: await this.rules.list(), nextCursor: null };
  }

  @Post()
  @Roles('security_lead')
  create(
    @Body(new ZodValidationPipe(alertRuleInputSchema)) body: AlertRuleInput,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<AlertRuleRecord> {
    return this.rules.create(user, body, context);
  }

  @Patch(':id')
  @Roles('security_lead')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(alertRulePatchSchema)) body: z.infer<typeof alertRulePatchSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<AlertRuleRecord> {
    return this.rules.update(user, id, body, context);
  }

  @Delete(':id')
  @Roles('security_lead')
  @HttpCode(204)
  remove(
    @Param('id') id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<void> {
    return this.rules.remove(user, id, context);
  }
}

@ApiTags('detection-rules')
@Controller('api/v1/detection-rules')
export class DetectionRulesController {
  constructor(private readonly rules: DetectionRulesService) {}

  @Get()
  @Roles('security_lead', 'responder')
  async list(): Promise<{ items: DetectionRuleRecord[]; nextCursor: null }> {
    return { items: await this.rules.list(), nextCursor: null };
  }

  @Post()
  @Roles('security_lead')
  create(
    @Body(new ZodValidationPipe(detectionRuleInputSchema)) body: DetectionRuleInput,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<DetectionRuleRecord> {
    return this.rules.create(user, body, context);
  }

  @Post('preview')
  @Roles('security_lead')
  @HttpCode(200)
  @ApiOperation({
    summary: 'What this rule would have raised over the last 24 h (nothing is raised)',
  })
  preview(
    @Body(new ZodValidationPipe(detectionRuleInputSchema)) body: DetectionRuleInput,
  ): Promise<{ from: string; to: string; hits: PreviewHit[] }> {
    return this.rules.preview(body);
  }

  @Patch(':id')
  @Roles('security_lead')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(detectionRulePatchSchema))
    body: z.infer<typeof detectionRulePatchSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<DetectionRuleRecord> {
    return this.rules.update(user, id, body, context);
  }

  @Delete(':id')
  @Roles('security_lead')
  @HttpCode(204)
  remove(
    @Param('id') id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<void> {
    return this.rules.remove(user, id, context);
  }
}
