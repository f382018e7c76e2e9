import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type NoticeDraft,
  noticeDraftQuerySchema,
  type SaveNotice,
  saveNoticeSchema,
  type CompleteObligation,
  type RegisterEntry,
  completeObligationSchema,
  type Obligation,
  type ObligationListQuery,
  obligationListQuerySchema,
  waiveObligationSchema,
} from '@vigil/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { NoticesService } from './notices.service.js';
import { ObligationsService } from './obligations.service.js';
import { RegisterService } from './register.service.js';

const registerQuerySchema = z.object({ format: z.enum(['json', 'csv']).default('json') }).strict();

/** Who reads the notification clocks and their notices (the overview's clock cards too). */
export const OBLIGATION_READERS = ['dpo', 'security_lead', 'auditor'] as const;

@ApiTags('obligations')
@Controller('api/v1')
export class ObligationsController {
  constructor(
    private readonly obligations: ObligationsService,
    private readonly register: RegisterService,
    private readonly notices: NoticesService,
    private readonly audit: AuditLogService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('obligations')
  @Roles(...OBLIGATION_READERS)
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

  /** The notice to send: the saved draft in that language, or the rule's template filled in. */
  @Get('obligations/:id/notice')
  @Roles(...OBLIGATION_READERS)
  notice(
    @Param('id') id: string,
    @Query(new ZodValidationPipe(noticeDraftQuerySchema))
    query: z.infer<typeof noticeDraftQuerySchema>,
    @CurrentUser() user: UserPrincipal,
  ): Promise<NoticeDraft> {
    return this.notices.draft(id, query.language, user);
  }

  @Put('obligations/:id/notice')
  @Roles('dpo')
  saveNotice(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(saveNoticeSchema)) body: SaveNotice,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<NoticeDraft> {
    return this.notices.save(id, body, user, context);
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
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<{ items: RegisterEntry[] } | string> {
    if (query.format === 'csv') {
      // A file of every breach leaves the console: who took it, and when, is on record.
      await this.dataSource.transaction((tx) =>
        this.audit.recordAdminAction(
          tx,
          user,
          context,
          'register.export',
          {
            type: 'register',
            id: 'confidentiality-incidents',
            name: 'Confidentiality-incident register',
          },
          { format: 'csv' },
        ),
      );
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
