import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CompleteObligation,
  completeObligationSchema,
  type Obligation,
  type ObligationListQuery,
  obligationListQuerySchema,
  waiveObligationSchema,
} from '@vigil/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { ObligationsService } from './obligations.service.js';
import { type RegisterEntry, RegisterService } from './register.service.js';

const registerQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

@ApiTags('obligations')
@Controller('api/v1')
export class ObligationsController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly register: RegisterService,
  ) {}

  @Get('obligations')
  @Roles('dpo', 'security_lead', 'auditor')
  async list(
    @Query(new ZodValidationPipe(obligationListQuerySchema)) query: ObligationListQuery,
  ): Promise<{ items: Obligation[]; nextCursor: null }> {
    return { items: await this.obligations.list(query), nextCursor: null };
  }

  @Post('obligations/:id/complete')
  @Roles('dpo')
  @HttpCode(200)
  complete(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(completeObligationSchema)) body: CompleteObligation,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Obligation> {
    return this.obligations.complete(user, id, body, context);
  }

  @Post('obligations/:id/waive')
  @Roles('dpo')
  @HttpCode(200)
  waive(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(waiveObligationSchema)) body: z.infer<typeof waiveObligationSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Obligation> {
    return this.obligations.waive(user, id, body.reason, context);
  }

  @Get('register')
  @Roles('dpo', 'auditor')
  async registerEntries(
    @Query(new ZodValidationPipe(registerQuerySchema)) query: z.infer<typeof registerQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ items: RegisterEntry[] } | string> {
    if (query.format === 'csv') {
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        'attachment; filename="confidentiality-incident-register.csv"',
      );
      return this.register.csv();
    }
    return { items: await this.register.entries() };
  }
}
