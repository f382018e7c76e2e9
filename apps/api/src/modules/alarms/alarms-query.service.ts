import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Alarm, AlarmDetail } from '@vigil/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';

interface AlarmRow {
  id: string;
  alarm_arn: string;
  name: string;
  description: string | null;
  account_id: string;
  region: string;
  kind: Alarm['kind'];
  namespace: string | null;
  metric_name: string | null;
  dimensions: Record<string, string>;
  state: Alarm['state'];
  state_changed_at: Date;
  reason: string;
  updated_at: Date;
}

const toAlarm = (row: AlarmRow): Alarm => ({
  id: row.id,
  alarmArn: row.alarm_arn,
  name: row.name,
  description: row.description,
  accountId: row.account_id,
  region: row.region,
  kind: row.kind,
  namespace: row.namespace,
  metricName: row.metric_name,
  dimensions: row.dimensions,
  state: row.state,
  stateChangedAt: row.state_changed_at.toISOString(),
  reason: row.reason,
  updatedAt: row.updated_at.toISOString(),
});

@Injectable()
export class AlarmsQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(filter: { state?: Alarm['state']; q?: string }): Promise<Alarm[]> {
    const like = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const rows = (await this.dataSource.query(
      `SELECT * FROM alarm WHERE ($1::text IS NULL OR state = $1)
          AND ($2::text IS NULL OR name ILIKE $2 OR alarm_arn ILIKE $2 OR namespace ILIKE $2)
        ORDER BY (state = 'ALARM') DESC, state_changed_at DESC LIMIT 500`,
      [filter.state ?? null, like],
    )) as AlarmRow[];
    return rows.map(toAlarm);
  }

  async get(id: string): Promise<AlarmDetail> {
    const [row] = (await this.dataSource.query(
      'SELECT * FROM alarm WHERE id::text = $1 OR alarm_arn = $1',
      [id],
    )) as AlarmRow[];
    if (!row) throw new AppError('NOT_FOUND', `No alarm ${id}.`);
    const history = (await this.dataSource.query(
      `SELECT id, delivery, old_state, new_state, reason, changed_at, received_at FROM alarm_state_change
        WHERE alarm_id = $1 ORDER BY changed_at DESC LIMIT 500`,
      [row.id],
    )) as {
      id: string;
      delivery: 'sns' | 'eventbridge';
      old_state: string | null;
      new_state: string;
      reason: string;
      changed_at: Date;
      received_at: Date;
    }[];
    const configuration = (await this.dataSource.query(
      `SELECT changed_at, operation, configuration FROM alarm_configuration_change
        WHERE alarm_arn = $1 ORDER BY changed_at DESC LIMIT 100`,
      [row.alarm_arn],
    )) as { changed_at: Date; operation: string | null; configuration: unknown }[];
    return {
      ...toAlarm(row),
      history: history.map((h) => ({
        id: h.id,
        delivery: h.delivery,
        oldState: h.old_state,
        newState: h.new_state,
        reason: h.reason,
        changedAt: h.changed_at.toISOString(),
        receivedAt: h.received_at.toISOString(),
      })),
      configurationHistory: configuration.map((c) => ({
        changedAt: c.changed_at.toISOString(),
        operation: c.operation,
        configuration: c.configuration,
      })),
    };
  }
}
