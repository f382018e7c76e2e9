import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type WebhookAlert, webhookAlertSchema } from '@vigil/contracts';
import type { Request } from 'express';
import { IngestKey, Public, Roles } from '../../common/access.decorator.js';
import { AppError } from '../../common/app-error.js';
import {
  Context,
  CurrentIngestKey,
  CurrentUser,
  type IngestPrincipal,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { IntegrationsService } from './integrations.service.js';
import { type SnsOutcome, type SnsSubscription, SnsIntakeService } from './sns-intake.service.js';

@ApiTags('integrations')
@Controller('api/v1/integrations')
export class IntegrationsController {
  constructor(
    private readonly sns: SnsIntakeService,
    private readonly integrations: IntegrationsService,
  ) {}

  @Post('sns')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Amazon SNS HTTPS subscription endpoint; trust comes from the message signature',
  })
  receiveSns(@Body() body: unknown): Promise<SnsOutcome> {
    return this.sns.receive(body);
  }

  @Get('sns/subscriptions')
  @Roles('admin')
  async subscriptions(): Promise<{ items: SnsSubscription[]; nextCursor: null }> {
    return { items: await this.sns.subscriptions(), nextCursor: null };
  }

  @Post('sns/subscriptions/:messageId/confirm')
  @Roles('admin')
  @HttpCode(200)
  confirm(
    @Param('messageId') messageId: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<SnsSubscription> {
    return this.sns.confirm(messageId, user, context);
  }

  @Post('eventbridge')
  @IngestKey()
  @HttpCode(200)
  @ApiOperation({
    summary: 'An EventBridge CloudWatch alarm event (state or configuration change)',
  })
  eventBridge(
    @Req() req: Request,
    @Body() body: unknown,
  ): Promise<{ kind: string; duplicate: boolean }> {
    if (!req.is(['application/json', 'application/*+json'])) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send application/json.');
    }
    return this.integrations.eventBridge(body);
  }

  @Post('webhook')
  @IngestKey()
  @HttpCode(200)
  @ApiOperation({ summary: 'A generic alert: firing opens or re-fires it, resolved resolves it' })
  webhook(
    @Body(new ZodValidationPipe(webhookAlertSchema)) body: WebhookAlert,
    @CurrentIngestKey() key: IngestPrincipal,
  ): Promise<{ alertId: string | null; status: string }> {
    return this.integrations.webhook(key.source, body);
  }
}
