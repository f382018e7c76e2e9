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
  type Assessment,
  assessmentSchema,
  type CreateIncident,
  createIncidentSchema,
  type Evidence,
  type LinkEvidence,
  linkEvidenceSchema,
  type Incident,
  type IncidentDetail,
  type IncidentListQuery,
  incidentListQuerySchema,
  noteSchema,
  type Page,
  type TimelineEntry,
  transitionSchema,
  type UpdateIncident,
  updateIncidentSchema,
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
import { AssessmentService } from './assessment.service.js';
import { IncidentQueryService } from './incident-query.service.js';
import { IncidentReportService } from './incident-report.service.js';
import { IncidentsService } from './incidents.service.js';

export const INCIDENT_READERS = ['security_lead', 'responder', 'dpo', 'auditor'] as const;

const reportQuerySchema = z.object({ lang: z.enum(['en', 'fr']).default('en') }).strict();

@ApiTags('incidents')
@Controller('api/v1/incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly incidentList: IncidentQueryService,
    private readonly assessments: AssessmentService,
    private readonly reports: IncidentReportService,
  ) {}

  @Post()
  @Roles('security_lead', 'responder', 'dpo')
  create(
    @Body(new ZodValidationPipe(createIncidentSchema)) body: CreateIncident,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<IncidentDetail> {
    return this.incidents.create(user, body, context);
  }

  @Get()
  @Roles(...INCIDENT_READERS)
  list(
    @Query(new ZodValidationPipe(incidentListQuerySchema)) query: IncidentListQuery,
  ): Promise<Page<Incident>> {
    return this.incidentList.list(query);
  }

  @Get(':id')
  @Roles(...INCIDENT_READERS)
  get(@Param('id') id: string): Promise<IncidentDetail> {
    return this.incidents.get(id);
  }

  /** The incident as a page to print or save as PDF, in English or Québec French. */
  @Get(':id/report')
  @Roles(...INCIDENT_READERS)
  async report(
    @Param('id') id: string,
    @Query(new ZodValidationPipe(reportQuerySchema)) query: z.infer<typeof reportQuerySchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const html = await this.reports.render(user, id, query.lang, context);
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', PRINTABLE_PAGE_CSP);
    return html;
  }

  @Patch(':id')
  @Roles('security_lead', 'dpo')
  update(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateIncidentSchema)) body: UpdateIncident,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<IncidentDetail> {
    return this.incidents.update(user, id, body, context);
  }

  @Post(':id/transitions')
  @Roles('security_lead', 'responder')
  @HttpCode(200)
  transition(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(transitionSchema)) body: z.infer<typeof transitionSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<IncidentDetail> {
    return this.incidents.transition(user, id, body.to, body.note, body.at, context);
  }

  @Get(':id/timeline')
  @Roles(...INCIDENT_READERS)
  async timeline(@Param('id') id: string): Promise<{ items: TimelineEntry[]; nextCursor: null }> {
    return { items: await this.incidents.timelineOf(id), nextCursor: null };
  }

  @Post(':id/notes')
  @Roles('security_lead', 'responder', 'dpo')
  async note(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(noteSchema)) body: z.infer<typeof noteSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<{ items: TimelineEntry[]; nextCursor: null }> {
    return { items: await this.incidents.note(user, id, body.body, context), nextCursor: null };
  }

  /** Copies an audit event into the incident: 201 the first time, 200 when it is already there. */
  @Post(':id/evidence')
  @Roles('security_lead', 'dpo')
  async linkEvidence(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(linkEvidenceSchema)) body: LinkEvidence,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Evidence> {
    const { evidence, created } = await this.incidents.linkEvidence(user, id, body, context);
    res.status(created ? 201 : 200);
    return evidence;
  }

  @Put(':id/assessment')
  @Roles('dpo')
  assess(
    @Param('id') id: string,
    @Body(new ZodValidationPipe(assessmentSchema)) body: Assessment,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<IncidentDetail> {
    return this.assessments.put(user, id, body, context);
  }
}
