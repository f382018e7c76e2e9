import { Injectable } from '@nestjs/common';
import type { AlarmConfigurationChange, AlarmStateChange } from '@vigil/domain';
import type { EntityManager } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service.js';

export interface RecordedChange {
  /** False when this transition was already stored (a retry, or the other delivery path). */
  stored: boolean;
  alertId: string | null;
}

/**
 * Keeps each alarm (keyed by its ARN) with its current state and full history, and drives the
 * alert of its episode: ALARM fires it, OK resolves it, INSUFFICIENT_DATA is recorded and left alone.
 */
@Injectable()
export class AlarmIngestService {
  constructor(private readonly alerts: AlertsService) {}

  async recordStateChange(
    tx: EntityManager,
    change: AlarmStateChange,
    delivery: { via: 'sns' | 'eventbridge'; messageId: string; raw: unknown },
  ): Promise<RecordedChange> {
    const [alarm] = (await tx.query(
      `INSERT INTO alarm (alarm_arn, name, description, account_id, region, kind, namespace, metric_name,
                          dimensions, metrics, composite_rule, state, state_changed_at, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (alarm_arn) DO UPDATE SET
         name = EXCLUDED.name, description = EXCLUDED.description, kind = EXCLUDED.kind,
         namespace = EXCLUDED.namespace, metric_name = EXCLUDED.metric_name, dimensions = EXCLUDED.dimensions,
         metrics = EXCLUDED.metrics, composite_rule = EXCLUDED.composite_rule, updated_at = now()
       RETURNING id, state_changed_at, (xmax = 0) AS created`,
      [
        change.alarmArn,
        change.alarmName,
        change.description,
        change.accountId,
        change.region,
        change.kind,
        change.namespace,
        change.metricName,
        JSON.stringify(change.dimensions),
        change.metrics === null ? null : JSON.stringify(change.metrics),
        change.compositeRule,
        change.newState,
        change.changedAt,
        change.reason,
      ],
    )) as [{ id: string; state_changed_at: Date; created: boolean }];

    const inserted = (await tx.query(
      `INSERT INTO alarm_state_change (alarm_id, delivery, message_id, old_state, new_state, reason, reason_data, changed_at, raw)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        alarm.id,
        delivery.via,
        delivery.messageId,
        change.oldState,
        change.newState,
        change.reason,
        change.reasonData === null ? null : JSON.stringify(change.reasonData),
        change.changedAt,
        JSON.stringify(delivery.raw),
      ],
    )) as { id: string }[];
    if (!inserted.length) return { stored: false, alertId: null };

    // A change older than the one we hold (deliveries can arrive out of order) joins the history only.
    const changedAt = new Date(change.changedAt);
    const isLatest = alarm.created || changedAt >= alarm.state_changed_at;
    if (!isLatest) return { stored: true, alertId: null };
    await tx.query(
      'UPDATE alarm SET state = $2, state_changed_at = $3, reason = $4, updated_at = now() WHERE id = $1',
      [alarm.id, change.newState, change.changedAt, change.reason],
    );

    if (change.newState === 'ALARM') {
      const fired = await this.alerts.fire(tx, {
        candidate: {
          source: 'alarm',
          alarmName: change.alarmName,
          namespace: change.namespace,
          metricName: change.metricName,
          dimensions: change.dimensions,
          dedupKey: change.alarmArn,
        },
        title: `${change.alarmName} is in ALARM (${change.region})`,
        at: changedAt,
        alarmId: alarm.id,
        details: { reason: change.reason, alarmArn: change.alarmArn },
      });
      return { stored: true, alertId: fired.alertId };
    }
    if (change.newState === 'OK') {
      return {
        stored: true,
        alertId: await this.alerts.resolve(tx, change.alarmArn, changedAt, 'alarm returned to OK'),
      };
    }
    return { stored: true, alertId: null };
  }

  async recordConfigurationChange(
    tx: EntityManager,
    change: AlarmConfigurationChange,
    eventId: string,
  ): Promise<boolean> {
    const rows = (await tx.query(
      `INSERT INTO alarm_configuration_change (event_id, alarm_arn, alarm_name, operation, configuration, previous, changed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO NOTHING RETURNING id`,
      [
        eventId,
        change.alarmArn,
        change.alarmName,
        change.operation,
        JSON.stringify(change.configuration ?? null),
        change.previous === null ? null : JSON.stringify(change.previous),
        change.changedAt,
      ],
    )) as { id: string }[];
    return rows.length > 0;
  }
}
