import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type DashboardQuery, dashboardQuerySchema, type DashboardSummary } from '@vigil/contracts';
import { Roles } from '../../common/access.decorator.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@Controller('api/v1/dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** Whole-company figures: staff only, never a client's auditor. */
  @Get('summary')
  @Roles('security_lead', 'responder', 'dpo', 'auditor')
  summary(
    @Query(new ZodValidationPipe(dashboardQuerySchema)) query: DashboardQuery,
  ): Promise<DashboardSummary> {
    return this.dashboard.summary(query);
  }
}
