import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller.js';
import { DashboardNowService } from './dashboard-now.service.js';
import { DashboardService } from './dashboard.service.js';

@Module({ controllers: [DashboardController], providers: [DashboardService, DashboardNowService] })
export class DashboardModule {}
