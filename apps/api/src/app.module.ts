import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from './config/config.module.js';
import type { Config } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';
import { loggerOptions } from './common/logging.js';
import { QueueModule } from './queue/queue.module.js';
import { AlarmsModule } from './modules/alarms/alarms.module.js';
import { AlertsModule, DetectionWorkerModule } from './modules/alerts/alerts.module.js';
import { AuditEventsModule } from './modules/audit-events/audit-events.module.js';
import { DashboardModule } from './modules/dashboard/dashboard.module.js';
import { DataRequestsModule } from './modules/data-requests/data-requests.module.js';
import { RunbooksModule } from './modules/runbooks/runbooks.module.js';
import { IncidentsModule, RemindersWorkerModule } from './modules/incidents/incidents.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { UsersModule } from './modules/users/users.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { MetricsModule } from './modules/metrics/metrics.module.js';

export interface AppShape {
  /** Serve HTTP (controllers); false in worker.ts. */
  http: boolean;
}

@Module({})
export class AppModule {
  static forRoot(config: Config, shape: AppShape): DynamicModule {
    if (!config.databaseUrl)
      throw new Error('the database URL must be resolved before the app module is built');
    const httpModules = shape.http ? [HealthModule, MetricsModule] : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DiscoveryModule,
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), autoLoadEntities: true }),
        QueueModule.forRoot(config),
        AuditEventsModule,
        NotificationsModule,
        AuthModule,
        UsersModule,
        OrganizationsModule,
        IncidentsModule,
        DashboardModule,
        RunbooksModule,
        DataRequestsModule,
        RemindersWorkerModule.forRoot(config),
        AlertsModule,
        AlarmsModule,
        DetectionWorkerModule.forRoot(config),
        ...httpModules,
      ],
    };
  }
}
