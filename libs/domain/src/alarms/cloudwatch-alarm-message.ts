import type { AlarmKind, AlarmParse, AlarmParseError, AlarmStateChange } from './alarm-change.js';
import { buildAlarmArn, parseAlarmArn, parseTopicArn } from './alarm-arn.js';
import { isAlarmState, isObject, parseJson, reasonDataOf, text, type Json } from './alarm-json.js';
import { parseAlarmTimestamp } from './alarm-time.js';
import { isRegionCode, partitionOfRegion, regionCodeFromDisplayName } from './aws-regions.js';

export interface CloudWatchAlarmMessageContext {
  /** The SNS envelope's `TopicArn`: its region stands in when `Region` is a name we do not know. */
  topicArn?: string;
}

interface Metric {
  kind: AlarmKind;
  namespace: string | null;
  metricName: string | null;
  dimensions: Record<string, string>;
  metrics: unknown[] | null;
  compositeRule: string | null;
}

const ALARM_KEYS = [
  'AlarmName',
  'AlarmArn',
  'NewStateValue',
  'StateChangeTime',
  'Trigger',
  'AlarmRule',
];

const notAnAlarm = (message: string): AlarmParse<AlarmStateChange> => ({
  ok: false,
  errors: [{ path: '(message)', message: `not a CloudWatch alarm notification: ${message}` }],
});

const whyNotAnAlarm = (payload: Json): string => {
  if (typeof payload.Type === 'string' && 'Message' in payload)
    return 'this is the SNS envelope; pass its Message';
  if (payload.source === 'aws.cloudwatch' && 'detail-type' in payload)
    return 'this is an EventBridge event; use parseEventBridgeAlarmEvent';
  return `none of ${ALARM_KEYS.join(', ')} is present`;
};

const dimensionsOf = (value: unknown, errors: AlarmParseError[]): Record<string, string> => {
  const dimensions: Record<string, string> = {};
  if (value == null) return dimensions;
  if (!Array.isArray(value)) {
    errors.push({ path: 'Trigger.Dimensions', message: 'expected a list of {name, value}' });
    return dimensions;
  }
  value.forEach((entry: unknown, index) => {
    if (isObject(entry) && typeof entry.name === 'string' && typeof entry.value === 'string')
      dimensions[entry.name] = entry.value;
    else
      errors.push({
        path: `Trigger.Dimensions[${index}]`,
        message: 'expected {name, value} with string values',
      });
  });
  return dimensions;
};

const metricOf = (payload: Json, errors: AlarmParseError[]): Metric | undefined => {
  const none = { namespace: null, metricName: null, dimensions: {}, metrics: null };
  const rule = text(payload.AlarmRule);
  if (rule !== undefined) return { kind: 'composite', ...none, compositeRule: rule };
  const trigger = payload.Trigger;
  if (!isObject(trigger)) {
    errors.push({ path: 'Trigger', message: 'required unless AlarmRule marks a composite alarm' });
    return undefined;
  }
  // Metric math, anomaly bands and Metrics Insights alarms name no single metric: keep the list.
  if (Array.isArray(trigger.Metrics))
    return { kind: 'metric_math', ...none, metrics: trigger.Metrics, compositeRule: null };
  const metricName = text(trigger.MetricName);
  if (metricName === undefined) {
    errors.push({ path: 'Trigger', message: 'expected MetricName or Metrics' });
    return undefined;
  }
  return {
    kind: 'metric',
    namespace: text(trigger.Namespace) ?? null,
    metricName,
    dimensions: dimensionsOf(trigger.Dimensions, errors),
    metrics: null,
    compositeRule: null,
  };
};

const regionOf = (
  payload: Json,
  topicArn: string | undefined,
): { partition: string; region: string } | undefined => {
  const displayName = text(payload.Region);
  const fromName = displayName === undefined ? undefined : regionCodeFromDisplayName(displayName);
  const topic = topicArn === undefined ? undefined : parseTopicArn(topicArn);
  const fromTopic = topic !== undefined && isRegionCode(topic.region) ? topic : undefined;
  const region = fromName ?? fromTopic?.region;
  if (region === undefined) return undefined;
  const partition = fromTopic?.region === region ? fromTopic.partition : partitionOfRegion(region);
  return { partition, region };
};

/**
 * The CloudWatch alarm inside an SNS notification's `Message` (a JSON string, or already parsed) →
 * one normalised state change. A message that is not an alarm is an error result, never a throw.
 */
export const parseCloudWatchAlarmMessage = (
  message: string | object,
  context: CloudWatchAlarmMessageContext = {},
): AlarmParse<AlarmStateChange> => {
  let payload: unknown = message;
  if (typeof message === 'string') {
    const parsed = parseJson(message);
    if (!parsed.ok) return notAnAlarm('the SNS Message is not JSON');
    payload = parsed.value;
  }
  if (!isObject(payload)) return notAnAlarm('expected a JSON object');
  if (!ALARM_KEYS.some((key) => key in payload)) return notAnAlarm(whyNotAnAlarm(payload));

  const errors: AlarmParseError[] = [];
  const alarmName = text(payload.AlarmName);
  if (alarmName === undefined) errors.push({ path: 'AlarmName', message: 'required' });

  const newState = payload.NewStateValue;
  if (!isAlarmState(newState))
    errors.push({
      path: 'NewStateValue',
      message: `expected OK, ALARM or INSUFFICIENT_DATA, got ${JSON.stringify(newState) ?? 'nothing'}`,
    });
  const oldState = payload.OldStateValue ?? null;
  if (oldState !== null && !isAlarmState(oldState))
    errors.push({ path: 'OldStateValue', message: 'expected OK, ALARM or INSUFFICIENT_DATA' });

  const stateChangeTime = text(payload.StateChangeTime);
  const changedAt =
    stateChangeTime === undefined ? undefined : parseAlarmTimestamp(stateChangeTime);
  if (changedAt === undefined)
    errors.push({
      path: 'StateChangeTime',
      message:
        stateChangeTime === undefined
          ? 'required'
          : 'expected an ISO-8601 time with a zone, such as 2015-06-03T17:43:27.123+0000',
    });

  let alarmArn = text(payload.AlarmArn);
  let accountId = text(payload.AWSAccountId);
  let region: string | undefined;
  if (alarmArn !== undefined) {
    const parts = parseAlarmArn(alarmArn);
    if (parts === undefined)
      errors.push({
        path: 'AlarmArn',
        message: 'expected arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>',
      });
    region = parts?.region;
    accountId ??= parts?.accountId;
  } else {
    // Older payloads carry no AlarmArn. Build the ARN exactly as AWS writes it, so one alarm keeps
    // one key whether it arrives in an old payload, a new one, or through EventBridge.
    const located = regionOf(payload, context.topicArn);
    if (accountId === undefined)
      errors.push({ path: 'AWSAccountId', message: 'required to build the missing AlarmArn' });
    if (located === undefined)
      errors.push({
        path: 'Region',
        message: `unknown region ${JSON.stringify(payload.Region) ?? '(absent)'} and no SNS topic region: cannot build the missing AlarmArn`,
      });
    region = located?.region;
    if (located !== undefined && accountId !== undefined && alarmName !== undefined)
      alarmArn = buildAlarmArn({ ...located, accountId, alarmName });
  }

  const metric = metricOf(payload, errors);

  if (
    errors.length > 0 ||
    alarmName === undefined ||
    alarmArn === undefined ||
    accountId === undefined ||
    region === undefined ||
    !isAlarmState(newState) ||
    changedAt === undefined ||
    metric === undefined
  )
    return { ok: false, errors };

  return {
    ok: true,
    value: {
      alarmArn,
      alarmName,
      description: text(payload.AlarmDescription) ?? null,
      accountId,
      region,
      kind: metric.kind,
      newState,
      oldState: isAlarmState(oldState) ? oldState : null,
      reason: typeof payload.NewStateReason === 'string' ? payload.NewStateReason : '',
      // Not in AWS's SNS schema nor in any fixture; read in case it appears, like the API's StateReasonData.
      reasonData: reasonDataOf(payload.NewStateReasonData),
      changedAt,
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: metric.dimensions,
      metrics: metric.metrics,
      compositeRule: metric.compositeRule,
      source: 'sns',
    },
  };
};
