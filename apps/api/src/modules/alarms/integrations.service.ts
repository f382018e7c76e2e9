import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WebhookAlert } from '@vigil/contracts';
import { parseEventBridgeAlarmEvent } from '@vigil/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { AlertsService } from '../alerts/alerts.service.js';
import { AlarmIngestService } from './alarm-ingest.service.js';

/** EventBridge alarm events and generic webhooks, both behind ingest keys. */
@Injectable()
export class IntegrationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alarms: AlarmIngestService,
    private readonly alerts: AlertsService,
  ) {}

  async eventBridge(body: unknown): Promise<{ kind: string; duplicate: boolean }> {
    const parsed = parseEventBridgeAlarmEvent(body);
    if (!parsed.ok) {
      throw new AppError('VALIDATION_FAILED', 'Not a CloudWatch alarm event.', {
        errors: parsed.errors,
      });
    }
    const eventId = (body as { id?: unknown }).id;
    if (typeof eventId !== 'string' || !eventId) {
      throw new AppError('VALIDATION_FAILED', 'The event has no id.', {
        errors: [{ path: 'id', message: 'required' }],
      });
    }
    return this.dataSource.transaction(async (tx) => {
      if (parsed.value.kind === 'configuration') {
        const stored = await this.alarms.recordConfigurationChange(
          tx,
          parsed.value.change,
          eventId,
        );
        return { kind: 'configuration', duplicate: !stored };
      }
      const recorded = await this.alarms.recordStateChange(tx, parsed.value.change, {
        via: 'eventbridge',
        messageId: eventId,
        raw: body,
      });
      return { kind: 'state', duplicate: !recorded.stored };
    });
  }

  async webhook(
    source: string,
    alert: WebhookAlert,
  ): Promise<{ alertId: string | null; status: string }> {
    const dedupKey = `${source}:${alert.dedupKey}`;
    const at = alert.occurredAt ? new Date(alert.occurredAt) : new Date();
    return this.dataSource.transaction(async (tx) => {
      if (alert.status === 'resolved') {
        const alertId = await this.alerts.resolve(
          tx,
          dedupKey,
          at,
          'the sender reported it resolved',
        );
        return { alertId, status: alertId ? 'resolved' : 'nothing open' };
      }
      const fired = await this.alerts.fire(tx, {
        candidate: { source: 'webhook', dedupKey },
        title: alert.title,
        at,
        severity: alert.severity,
        details: { ...alert.details, sender: source },
      });
      return { alertId: fired.alertId, status: fired.outcome };
    });
  }
}
