import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OutboxAttempt, OutboxMessage } from '@vigil/contracts';
import { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { OutboxService } from './outbox.service.js';

const outboxQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(1000).default(100) })
  .strict();

@ApiTags('outbox')
@Controller('api/v1/outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @Roles('admin', 'dpo')
  async list(
    @Query(new ZodValidationPipe(outboxQuerySchema)) query: z.infer<typeof outboxQuerySchema>,
  ): Promise<{ items: OutboxMessage[]; nextCursor: null }> {
    return { items: await this.outbox.list(query.limit), nextCursor: null };
  }

  @Get(':id/attempts')
  @Roles('admin', 'dpo')
  async attempts(
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<{ items: OutboxAttempt[]; nextCursor: null }> {
    return { items: await this.outbox.attempts(id), nextCursor: null };
  }
}
