import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  confirmDeletionSchema,
  createDataRequestSchema,
  type DataRequest,
  type DestructionCertificate,
  legalHoldSchema,
  type Organization,
  updateDataRequestSchema,
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
import { renderCertificate } from './certificate.html.js';
import { DataDestructionService } from './data-destruction.service.js';
import { DataExportService } from './data-export.service.js';
import { DataRequestsService } from './data-requests.service.js';

const listQuerySchema = z
  .object({
    open: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .default(false),
  })
  .strict();
const certificateQuerySchema = z
  .object({ format: z.enum(['json', 'html']).default('json') })
  .strict();

@ApiTags('data-requests')
@Controller('api/v1')
export class DataRequestsController {
  constructor(
    private readonly requests: DataRequestsService,
    private readonly exporter: DataExportService,
    private readonly destruction: DataDestructionService,
  ) {}

  @Get('organizations/:id/data-requests')
  @Roles('dpo')
  async forOrganization(
    @Param('id') id: string,
  ): Promise<{ items: DataRequest[]; nextCursor: null }> {
    return { items: await this.requests.list({ organizationId: id }), nextCursor: null };
  }

  @Post('organizations/:id/data-requests')
  @Roles('dpo')
  create(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(createDataRequestSchema))
    body: z.infer<typeof createDataRequestSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<DataRequest> {
    return this.requests.create(user, id, body, context);
  }

  /** `{ reason }` sets a legal hold (deletion refused while it stands); `{ reason: null }` lifts it. */
  @Put('organizations/:id/legal-hold')
  @Roles('dpo')
  legalHold(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(legalHoldSchema)) body: z.infer<typeof legalHoldSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Organization> {
    return this.requests.setLegalHold(user, id, body.reason, context);
  }

  @Get('data-requests')
  @Roles('dpo')
  async list(
    @Query(new ZodValidationPipe(listQuerySchema)) query: z.infer<typeof listQuerySchema>,
  ): Promise<{ items: DataRequest[]; nextCursor: null }> {
    return { items: await this.requests.list({ open: query.open }), nextCursor: null };
  }

  @Get('data-requests/:id')
  @Roles('dpo')
  get(@Param('id') id: string): Promise<DataRequest> {
    return this.requests.get(id);
  }

  @Patch('data-requests/:id')
  @Roles('dpo')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateDataRequestSchema))
    body: z.infer<typeof updateDataRequestSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<DataRequest> {
    return this.requests.update(user, id, body, context);
  }

  /** A tar of NDJSON per kind and a manifest of counts and SHA-256s; `X-Vigil-Total-Rows` for progress. */
  @Get('data-requests/:id/archive')
  @Roles('dpo')
  async archive(
    @Param('id') id: string,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
    @Res() res: Response,
  ): Promise<void> {
    const archive = await this.exporter.prepare(user, id, context);
    res.status(200);
    res.setHeader('Content-Type', 'application/x-tar');
    res.setHeader('Content-Disposition', `attachment; filename="${archive.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Vigil-Total-Rows', String(archive.totalRows));
    try {
      await archive.stream(res);
    } catch (error) {
      // Headers are gone: cut the connection so a truncated archive never ends like a whole one.
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    res.end();
  }

  @Post('data-requests/:id/delete')
  @Roles('dpo')
  @HttpCode(200)
  async destroy(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(confirmDeletionSchema)) body: z.infer<typeof confirmDeletionSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<DataRequest> {
    await this.destruction.destroy(user, id, body.confirmName, context);
    return this.requests.get(id);
  }

  @Get('certificates/:id')
  @Roles('dpo', 'auditor')
  async certificate(
    @Param('id') id: string,
    @Query(new ZodValidationPipe(certificateQuerySchema))
    query: z.infer<typeof certificateQuerySchema>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DestructionCertificate | string> {
    const certificate = await this.destruction.certificate(id);
    if (query.format === 'json') return certificate;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', PRINTABLE_PAGE_CSP);
    return renderCertificate(certificate);
  }
}
