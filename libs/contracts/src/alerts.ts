import { z } from 'zod';

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type SeverityLevel = z.infer<typeof severitySchema>;

export const alarmStateSchema = z.enum(['OK', 'ALARM', 'INSUFFICIENT_DATA']);

export interface Alarm {
  id: string;
  alarmArn: string;
  name: string;
  description: string | null;
  accountId: string;
  region: string;
  kind: 'metric' | 'metric_math' | 'composite';
  namespace: string | null;
  metricName: string | null;
  dimensions: Record<string, string>;
  state: 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';
  stateChangedAt: string;
  reason: string;
  updatedAt: string;
}

export interface AlarmStateChangeRecord {
  id: string;
  delivery: 'sns' | 'eventbridge';
  oldState: string | null;
  newState: string;
  reason: string;
  changedAt: string;
  receivedAt: string;
}

export interface AlarmDetail extends Alarm {
  history: AlarmStateChangeRecord[];
  configurationHistory: { changedAt: string; operation: string | null; configuration: unknown }[];
}

export const ALERT_STATUSES = ['open', 'acknowledged', 'suppressed', 'resolved'] as const;
export const alertStatusSchema = z.enum(ALERT_STATUSES);

export interface Alert {
  id: string;
  source: 'alarm' | 'detection' | 'webhook';
  dedupKey: string;
  title: string;
  severity: SeverityLevel;
  status: (typeof ALERT_STATUSES)[number];
  ruleId: string | null;
  alarmId: string | null;
  detectionRuleId: string | null;
  incidentId: string | null;
  openedAt: string;
  lastFiredAt: string;
  fireCount: number;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  suppressedUntil: string | null;
  /** OK arrived while the alert's incident is still open: resolving the incident is suggested. */
  incidentResolutionSuggested: boolean;
  details: Record<string, unknown>;
}

export const alertListQuerySchema = z
  .object({
    status: alertStatusSchema.optional(),
    source: z.enum(['alarm', 'detection', 'webhook']).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type AlertListQuery = z.infer<typeof alertListQuerySchema>;

export const alertActionSchema = z
  .object({ reason: z.string().trim().max(2000).optional() })
  .strict();
export const suppressAlertSchema = z
  .object({
    reason: z.string().trim().min(1, { message: 'say why it is suppressed' }).max(2000),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
      .default(60),
  })
  .strict();
export const promoteAlertSchema = z
  .object({
    incidentId: z.string().uuid().optional(),
    title: z.string().trim().min(1).max(300).optional(),
  })
  .strict();

export const alertRuleMatchSchema = z
  .object({
    source: z.enum(['alarm', 'detection', 'webhook']).optional(),
    alarmName: z.string().min(1).max(500).optional(),
    namespace: z.string().min(1).max(255).optional(),
    metricName: z.string().min(1).max(255).optional(),
    dimensions: z.record(z.string(), z.string()).optional(),
    detectionRuleId: z.string().uuid().optional(),
    dedupKey: z.string().min(1).max(500).optional(),
  })
  .strict();

const alertRuleFields = {
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean(),
  position: z.number().int().min(0).max(10_000),
  match: alertRuleMatchSchema,
  severity: severitySchema,
  action: z.enum(['open_incident', 'attach_incident', 'alert_only', 'suppress']),
  suppressionMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24),
  notify: z.array(z.string().trim().min(1).max(320)).max(20),
};

export const alertRuleInputSchema = z
  .object({
    ...alertRuleFields,
    enabled: alertRuleFields.enabled.default(true),
    position: alertRuleFields.position.optional(),
    match: alertRuleFields.match.default({}),
    suppressionMinutes: alertRuleFields.suppressionMinutes.default(30),
    notify: alertRuleFields.notify.default([]),
  })
  .strict();
export type AlertRuleInput = z.infer<typeof alertRuleInputSchema>;
/** Built from the fields without defaults: zod's partial() keeps defaults, which would reset what a PATCH leaves out. */
export const alertRulePatchSchema = z.object(alertRuleFields).partial().strict();

export interface AlertRuleRecord extends AlertRuleInput {
  id: string;
  position: number;
  createdAt: string;
  updatedAt: string;
}

export const DETECTION_KINDS = [
  'threshold',
  'forbidden_actor',
  'deactivated_user',
  'mass_export',
  'quiet_source',
] as const;

export const detectionParamsSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('threshold'),
      action: z.string().min(1).max(200),
      outcome: z.enum(['success', 'failure', 'unknown']).optional(),
      groupBy: z.enum(['actor', 'ip']),
      count: z.number().int().min(2).max(100_000),
      windowMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    })
    .strict(),
  z
    .object({
      kind: z.literal('forbidden_actor'),
      action: z.string().min(1).max(200),
      allowedActors: z.array(z.string().min(1).max(320)).max(100),
    })
    .strict(),
  z.object({ kind: z.literal('deactivated_user') }).strict(),
  z
    .object({
      kind: z.literal('mass_export'),
      action: z.string().min(1).max(200).default('data.export'),
      count: z.number().int().min(2).max(100_000),
      windowMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
    })
    .strict(),
  z
    .object({
      kind: z.literal('quiet_source'),
      source: z.string().min(1).max(64),
      quietMinutes: z
        .number()
        .int()
        .min(1)
        .max(7 * 24 * 60),
    })
    .strict(),
]);
export type DetectionParams = z.infer<typeof detectionParamsSchema>;

const detectionRuleFields = {
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean(),
  severity: severitySchema,
  params: detectionParamsSchema,
};

export const detectionRuleInputSchema = z
  .object({ ...detectionRuleFields, enabled: detectionRuleFields.enabled.default(true) })
  .strict();
export type DetectionRuleInput = z.infer<typeof detectionRuleInputSchema>;
export const detectionRulePatchSchema = z.object(detectionRuleFields).partial().strict();

export interface DetectionRuleRecord extends DetectionRuleInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export const webhookAlertSchema = z
  .object({
    dedupKey: z.string().trim().min(1).max(300),
    title: z.string().trim().min(1).max(300),
    severity: severitySchema.optional(),
    status: z.enum(['firing', 'resolved']),
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type WebhookAlert = z.infer<typeof webhookAlertSchema>;
