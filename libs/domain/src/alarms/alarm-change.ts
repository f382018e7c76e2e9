export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
export type AlarmKind = 'metric' | 'metric_math' | 'composite';

export const ALARM_STATES: readonly AlarmState[] = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

export interface AlarmStateChange {
  /** The key of an alarm; built the way AWS writes it when an old SNS payload lacks it. */
  alarmArn: string;
  alarmName: string;
  description: string | null;
  accountId: string;
  /** A region code taken from the ARN, never a display name such as "US East (N. Virginia)". */
  region: string;
  kind: AlarmKind;
  newState: AlarmState;
  oldState: AlarmState | null;
  reason: string;
  reasonData: unknown | null;
  /** `YYYY-MM-DDTHH:mm:ss.sssZ`. */
  changedAt: string;
  namespace: string | null;
  metricName: string | null;
  dimensions: Record<string, string>;
  metrics: unknown[] | null;
  compositeRule: string | null;
  source: 'sns' | 'eventbridge';
}

export interface AlarmConfigurationChange {
  alarmArn: string;
  alarmName: string;
  accountId: string;
  region: string;
  changedAt: string;
  /** `create`, `update` or `delete` as AWS sends it. */
  operation: string | null;
  configuration: unknown;
  previous: unknown | null;
  source: 'eventbridge';
}

export interface AlarmParseError {
  path: string;
  message: string;
}

export type AlarmParse<T> = { ok: true; value: T } | { ok: false; errors: AlarmParseError[] };
