import type {
  AlarmConfigurationChange,
  AlarmKind,
  AlarmParse,
  AlarmParseError,
  AlarmStateChange,
} from './alarm-change.js';
import { parseAlarmArn } from './alarm-arn.js';
import { isAlarmState, isObject, reasonDataOf, text, type Json } from './alarm-json.js';
import { parseAlarmTimestamp } from './alarm-time.js';

export type EventBridgeAlarmEvent =
  | { kind: 'state'; change: AlarmStateChange }
  | { kind: 'configuration'; change: AlarmConfigurationChange };

export const ALARM_STATE_CHANGE = 'CloudWatch Alarm State Change';
export const ALARM_CONFIGURATION_CHANGE = 'CloudWatch Alarm Configuration Change';

interface Identity {
  alarmArn: string;
  alarmName: string;
  accountId: string;
  region: string;
}

interface Metric {
  kind: AlarmKind;
  namespace: string | null;
  metricName: string | null;
  dimensions: Record<string, string>;
  metrics: unknown[] | null;
  compositeRule: string | null;
}

const fail = (path: string, message: string): AlarmParse<EventBridgeAlarmEvent> => ({
  ok: false,
  errors: [{ path, message }],
});

const identityOf = (event: Json, detail: Json, errors: AlarmParseError[]): Identity | undefined => {
  const resource = Array.isArray(event.resources) ? text(event.resources[0]) : undefined;
  const parts = resource === undefined ? undefined : parseAlarmArn(resource);
  if (resource === undefined || parts === undefined) {
    errors.push({
      path: 'resources[0]',
      message: 'expected the alarm ARN, arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>',
    });
    return undefined;
  }
  return {
    alarmArn: resource,
    alarmName: text(detail.alarmName) ?? parts.alarmName,
    accountId: text(event.account) ?? parts.accountId,
    region: parts.region,
  };
};

/** A time field that must parse when present; `required` says whether it may be absent. */
const timeOf = (
  value: unknown,
  path: string,
  errors: AlarmParseError[],
  required: boolean,
): string | undefined => {
  if (value === undefined && !required) return undefined;
  const parsed = typeof value === 'string' ? parseAlarmTimestamp(value) : undefined;
  if (parsed === undefined)
    errors.push({
      path,
      message: value === undefined ? 'required' : 'expected an ISO-8601 time with a zone',
    });
  return parsed;
};

const dimensionsOf = (value: unknown, path: string, errors: AlarmParseError[]) => {
  const dimensions: Record<string, string> = {};
  if (value == null) return dimensions;
  if (!isObject(value)) {
    errors.push({ path, message: 'expected an object of name → value' });
    return dimensions;
  }
  for (const [name, dimension] of Object.entries(value)) {
    if (typeof dimension === 'string') dimensions[name] = dimension;
    else errors.push({ path: `${path}.${name}`, message: 'expected a string' });
  }
  return dimensions;
};

const metricOf = (configuration: unknown, errors: AlarmParseError[]): Metric | undefined => {
  const path = 'detail.configuration';
  const none = { namespace: null, metricName: null, dimensions: {}, compositeRule: null };
  if (!isObject(configuration)) {
    errors.push({ path, message: 'required: the alarm kind is read from it' });
    return undefined;
  }
  const rule = text(configuration.alarmRule);
  if (rule !== undefined) return { kind: 'composite', ...none, metrics: null, compositeRule: rule };
  const metrics = configuration.metrics;
  if (!Array.isArray(metrics) || metrics.length === 0) {
    errors.push({ path, message: 'expected metrics or alarmRule' });
    return undefined;
  }
  const [first]: unknown[] = metrics;
  const single =
    metrics.length === 1 && isObject(first) && first.expression === undefined
      ? first.metricStat
      : undefined;
  // Anything else is an expression over metrics: math, an anomaly band, a Metrics Insights query.
  if (!isObject(single)) return { kind: 'metric_math', ...none, metrics };
  const metric = isObject(single.metric) ? single.metric : {};
  return {
    kind: 'metric',
    namespace: text(metric.namespace) ?? null,
    metricName: text(metric.name) ?? null,
    dimensions: dimensionsOf(
      metric.dimensions,
      `${path}.metrics[0].metricStat.metric.dimensions`,
      errors,
    ),
    metrics,
    compositeRule: null,
  };
};

const stateChangeOf = (event: Json, detail: Json): AlarmParse<EventBridgeAlarmEvent> => {
  const errors: AlarmParseError[] = [];
  const identity = identityOf(event, detail, errors);
  const state = isObject(detail.state) ? detail.state : {};
  const newState = state.value;
  if (!isAlarmState(newState))
    errors.push({ path: 'detail.state.value', message: 'expected OK, ALARM or INSUFFICIENT_DATA' });
  const previous = isObject(detail.previousState) ? detail.previousState : {};
  const oldState = previous.value ?? null;
  if (oldState !== null && !isAlarmState(oldState))
    errors.push({
      path: 'detail.previousState.value',
      message: 'expected OK, ALARM or INSUFFICIENT_DATA',
    });
  // state.timestamp carries milliseconds; the envelope's `time` is only to the second.
  const changedAt =
    timeOf(state.timestamp, 'detail.state.timestamp', errors, false) ??
    (state.timestamp === undefined ? timeOf(event.time, 'time', errors, true) : undefined);
  const configuration = isObject(detail.configuration) ? detail.configuration : undefined;
  const metric = metricOf(detail.configuration, errors);

  if (
    errors.length > 0 ||
    identity === undefined ||
    !isAlarmState(newState) ||
    changedAt === undefined ||
    metric === undefined
  )
    return { ok: false, errors };

  return {
    ok: true,
    value: {
      kind: 'state',
      change: {
        ...identity,
        description: text(configuration?.description) ?? null,
        kind: metric.kind,
        newState,
        oldState: isAlarmState(oldState) ? oldState : null,
        reason: typeof state.reason === 'string' ? state.reason : '',
        reasonData: reasonDataOf(state.reasonData),
        changedAt,
        namespace: metric.namespace,
        metricName: metric.metricName,
        dimensions: metric.dimensions,
        metrics: metric.metrics,
        compositeRule: metric.compositeRule,
        source: 'eventbridge',
      },
    },
  };
};

const configurationChangeOf = (event: Json, detail: Json): AlarmParse<EventBridgeAlarmEvent> => {
  const errors: AlarmParseError[] = [];
  const identity = identityOf(event, detail, errors);
  const operation = text(detail.operation) ?? null;
  const configuration = detail.configuration ?? null;
  // configuration.timestamp dates the configuration to the millisecond, but on `delete` it is the
  // deleted configuration's, older than the deletion: only the event time dates a delete.
  const configuredAt =
    operation !== 'delete' && isObject(configuration)
      ? timeOf(configuration.timestamp, 'detail.configuration.timestamp', errors, false)
      : undefined;
  const changedAt = configuredAt ?? timeOf(event.time, 'time', errors, true);

  if (errors.length > 0 || identity === undefined || changedAt === undefined)
    return { ok: false, errors };

  return {
    ok: true,
    value: {
      kind: 'configuration',
      change: {
        ...identity,
        changedAt,
        operation,
        configuration,
        previous: detail.previousConfiguration ?? null,
        source: 'eventbridge',
      },
    },
  };
};

/**
 * An EventBridge event from CloudWatch → a state change, or a configuration change to keep as the
 * alarm's history (it never opens or resolves anything). Any other event is an error result.
 */
export const parseEventBridgeAlarmEvent = (event: unknown): AlarmParse<EventBridgeAlarmEvent> => {
  if (!isObject(event)) return fail('(event)', 'expected a JSON object');
  if (event.source !== 'aws.cloudwatch')
    return fail(
      'source',
      `expected aws.cloudwatch, got ${JSON.stringify(event.source) ?? 'nothing'}`,
    );
  const detailType = event['detail-type'];
  if (detailType !== ALARM_STATE_CHANGE && detailType !== ALARM_CONFIGURATION_CHANGE)
    return fail(
      'detail-type',
      `expected "${ALARM_STATE_CHANGE}" or "${ALARM_CONFIGURATION_CHANGE}", got ${JSON.stringify(detailType) ?? 'nothing'}`,
    );
  if (!isObject(event.detail)) return fail('detail', 'required');
  return detailType === ALARM_STATE_CHANGE
    ? stateChangeOf(event, event.detail)
    : configurationChangeOf(event, event.detail);
};
