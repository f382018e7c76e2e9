import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type Alert,
  alertActionSchema,
  type AlertListQuery,
  alertListQuerySchema,
  promoteAlertSchema,
  suppressAlertSchema,
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
import { AlertsService } from './alerts.service.js';

export const ALERT_READERS = ['security_lead', 'responder'] as const;

@ApiTags('alerts')
@Controller('api/v1/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @Roles(...ALERT_READERS)
  async list(
    @Query(new ZodValidationPipe(alertListQuerySchema)) query: AlertListQuery,
  ): Promise<{ items: Alert[]; nextCursor: null }> {
    return { items: await this.alerts.list(query), nextCursor: null };
  }

  @Get(':id')
  @Roles(...ALERT_READERS)
  get(@Param('id') id: string) {
    return this.alerts.get(id);
  }

  @Post(':id/acknowledge')
  @Roles(...ALERT_READERS)
  @HttpCode(200)
  acknowledge(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(alertActionSchema)) body: z.infer<typeof alertActionSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Alert> {
    return this.alerts.acknowledge(user, id, body.reason, context);
  }

  @Post(':id/promote')
  @Roles('security_lead')
  @HttpCode(200)
  promote(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(promoteAlertSchema)) body: z.infer<typeof promoteAlertSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Alert> {
    return this.alerts.promote(user, id, body, context);
  }

  @Post(':id/suppress')
  @Roles('security_lead')
  @HttpCode(200)
  suppress(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(suppressAlertSchema)) body: z.infer<typeof suppressAlertSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Alert> {
    return this.alerts.suppress(user, id, body, context);
  }
}
