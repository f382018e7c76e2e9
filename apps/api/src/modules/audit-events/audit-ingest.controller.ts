import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { IngestKey } from '../../common/access.decorator.js';
import { AppError } from '../../common/app-error.js';
import { CurrentIngestKey, type IngestPrincipal } from '../../common/principal.js';
import { AuditIngestService, type IngestResult } from './audit-ingest.service.js';

const unsupported = (expected: string) =>
  new AppError('UNSUPPORTED_MEDIA_TYPE', `Send ${expected}.`);

@ApiTags('audit-events')
@Controller('api/v1/audit-events')
export class AuditIngestController {
  constructor(private readonly ingest: AuditIngestService) {}

  @Post()
  @IngestKey()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ingest up to 10,000 events (JSON { events } or NDJSON); idempotent on (source, id)',
  })
  events(
    @Req() req: Request,
    @Body() body: unknown,
    @CurrentIngestKey() key: IngestPrincipal,
  ): Promise<IngestResult> {
    if (req.is('application/x-ndjson')) {
      return this.ingest.ingestNdjson(key.source, typeof body === 'string' ? body : '');
    }
    if (req.is(['application/json', 'application/*+json']))
      return this.ingest.ingestJson(key.source, body);
    throw unsupported('application/json or application/x-ndjson');
  }

  @Post('cloudtrail')
  @IngestKey()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ingest a CloudTrail log file { Records: [...] }, mapped to audit events',
  })
  cloudTrail(
    @Req() req: Request,
    @Body() body: unknown,
    @CurrentIngestKey() key: IngestPrincipal,
  ): Promise<IngestResult> {
    if (!req.is(['application/json', 'application/*+json'])) throw unsupported('application/json');
    return this.ingest.ingestCloudTrail(key.source, body);
  }
}
