import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type DashboardNow,
  type DashboardQuery,
  dashboardQuerySchema,
  type DashboardSummary,
} from '@vigil/contracts';
import { CurrentUser, type UserPrincipal } from '../../common/principal.js';
import { Roles } from '../../common/access.decorator.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { DashboardNowService } from './dashboard-now.service.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@Controller('api/v1/dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly dashboardNow: DashboardNowService,
  ) {}

  /** Whole-company figures: staff only, never a client's auditor. */
  @Get('summary')
  @Roles('security_lead', 'responder', 'dpo', 'auditor')
  summary(
    @Query(new ZodValidationPipe(dashboardQuerySchema)) query: DashboardQuery,
  ): Promise<DashboardSummary> {
    return this.dashboard.summary(query);
  }

  /** What is open right now, counted in full; alerts and clocks only for the roles that read them. */
  @Get('now')
  @Roles('security_lead', 'responder', 'dpo', 'auditor')
  now(@CurrentUser() user: UserPrincipal): Promise<DashboardNow> {
    return this.dashboardNow.now(user.role);
  }
}
