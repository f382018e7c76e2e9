import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CreatedWebhook,
  type CreateWebhook,
  createWebhookSchema,
  type OutboxAttempt,
  type UpdateWebhook,
  updateWebhookSchema,
  type Webhook,
} from '@vigil/contracts';
import { randomUUID } from 'node:crypto';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { OutboxService } from './outbox.service.js';
import { WebhooksService } from './webhooks.service.js';

@ApiTags('webhooks')
@Controller('api/v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly outbox: OutboxService,
  ) {}

  @Get()
  @Roles('admin')
  async list(): Promise<{ items: Webhook[]; nextCursor: null }> {
    return { items: await this.webhooks.list(), nextCursor: null };
  }

  @Post()
  @Roles('admin')
  create(
    @Body(new ZodValidationPipe(createWebhookSchema)) body: CreateWebhook,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<CreatedWebhook> {
    return this.webhooks.create(user, body, context);
  }

  @Patch(':id')
  @Roles('admin')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateWebhookSchema)) body: UpdateWebhook,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Webhook> {
    return this.webhooks.update(user, id, body, context);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  remove(
    @Param('id') id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<void> {
    return this.webhooks.remove(user, id, context);
  }

  /** Sends a signed test message now and answers with what the endpoint said. */
  @Post(':id/test')
  @Roles('admin')
  @HttpCode(200)
  async test(
    @Param('id') id: string,
    @CurrentUser() user: UserPrincipal,
  ): Promise<{ outboxId: string; status: string; attempts: OutboxAttempt[] }> {
    const hook = await this.webhooks.get(id);
    const outboxId = await this.outbox.enqueueWebhook({
      purpose: 'webhook-test',
      webhookId: hook.id,
      url: hook.url,
      event: 'test',
      dedupeKey: `webhook-test:${hook.id}:${randomUUID()}`,
      payload: {
        text: `Vigil test message for webhook "${hook.name}", sent by ${user.email}.`,
        vigil: { event: 'test', webhookId: hook.id },
      },
    });
    const status = outboxId ? await this.outbox.deliver(outboxId) : 'failed';
    return {
      outboxId: outboxId ?? '',
      status,
      attempts: outboxId ? await this.outbox.attempts(outboxId) : [],
    };
  }
}
