import { z } from 'zod';
import { severitySchema } from './alerts.js';
import { organizationIdSchema } from './organizations.js';
import { pageQuerySchema } from './pagination.js';

const rfc3339 = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 time' });

export const INCIDENT_STATUSES = [
  'detected',
  'triage',
  'contained',
  'eradicated',
  'recovered',
  'closed',
  'false_positive',
] as const;
export const incidentStatusSchema = z.enum(INCIDENT_STATUSES);

export const createIncidentSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    summary: z.string().trim().max(20_000).optional(),
    severity: severitySchema,
    category: z.string().trim().min(1).max(100).optional(),
    detectedAt: rfc3339.optional(),
    awareAt: rfc3339.optional(),
    leadId: z.string().uuid().optional(),
    organizationIds: z.array(organizationIdSchema).max(200).default([]),
  })
  .strict();
export type CreateIncident = z.infer<typeof createIncidentSchema>;

export const updateIncidentSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    summary: z.string().trim().max(20_000).nullable(),
    severity: severitySchema,
    category: z.string().trim().min(1).max(100).nullable(),
    detectedAt: rfc3339,
    awareAt: rfc3339.nullable(),
    awareAtProcessor: rfc3339.nullable(),
    leadId: z.string().uuid().nullable(),
    organizationIds: z.array(organizationIdSchema).max(200),
  })
  .partial()
  .strict();
export type UpdateIncident = z.infer<typeof updateIncidentSchema>;

export const transitionSchema = z
  .object({
    to: incidentStatusSchema,
    note: z.string().trim().max(5000).optional(),
    at: rfc3339.optional(),
  })
  .strict();
export const noteSchema = z.object({ body: z.string().trim().min(1).max(20_000) }).strict();

export const incidentListQuerySchema = z
  .object({
    status: incidentStatusSchema.optional(),
    severity: severitySchema.optional(),
    q: z.string().max(200).optional(),
    organizationId: z.string().max(64).optional(),
    openOnly: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    /** `cursor` is opaque: the `nextCursor` of the page before, under the same filters. */
    ...pageQuerySchema.shape,
  })
  .strict();
export type IncidentListQuery = z.infer<typeof incidentListQuerySchema>;

const count = z.number().int().min(0).max(10_000_000_000).nullable();

export const assessmentSchema = z
  .object({
    personalDataInvolved: z.boolean(),
    awareAt: rfc3339.nullable(),
    breachDeterminedAt: rfc3339.nullable(),
    role: z.enum(['controller', 'processor']),
    qcRiskOfSeriousInjury: z.boolean(),
    pipedaRealRiskOfSignificantHarm: z.boolean(),
    gdprRisk: z.enum(['none', 'risk', 'high']),
    affected: z
      .object({
        persons: count,
        personsQuebec: count,
        personsEu: count,
        personsCanadaOutsideQuebec: count.optional(),
        records: count,
        isEstimate: z.boolean(),
      })
      .strict(),
    rationale: z
      .string()
      .trim()
      .min(1, { message: 'say why: the risk factors and how they were weighed' })
      .max(20_000),
    lawEnforcementHold: z.boolean(),
    /** When the incident itself happened, as far as known (Law 25 Reg. s. 3(5), PIPEDA Regs s. 2(1)(b)). */
    occurredStart: rfc3339.nullable().optional(),
    occurredEnd: rfc3339.nullable().optional(),
    /** The facts the notices are written from; blank ones become a bracketed gap in the template. */
    personalInformation: z.string().trim().max(5000).nullable().optional(),
    likelyConsequences: z.string().trim().max(5000).nullable().optional(),
    measuresTaken: z.string().trim().max(5000).nullable().optional(),
    measuresForPersons: z.string().trim().max(5000).nullable().optional(),
    gdprArt34Exemption: z.string().trim().max(2000).nullable().optional(),
    orgMayReduceHarm: z.boolean().optional(),
    /** Law 25 s. 3.7: the person in charge of the protection of personal information was consulted. */
    consultedPersonInCharge: z.string().trim().min(1).max(300),
  })
  .strict();
export type Assessment = z.infer<typeof assessmentSchema>;

export const completeObligationSchema = z
  .object({
    sentAt: rfc3339,
    channel: z.enum(['email', 'portal', 'letter', 'phone', 'webhook', 'other']),
    recipient: z.string().trim().min(1).max(500),
    summary: z.string().trim().min(1).max(20_000),
    /** The full text sent; kept with its SHA-256 as the proof of what the recipient was told. */
    content: z.string().max(200_000).optional(),
    language: z.enum(['en', 'fr']).optional(),
    delayReason: z.string().trim().min(1).max(5000).optional(),
  })
  .strict();
export type CompleteObligation = z.infer<typeof completeObligationSchema>;

export const waiveObligationSchema = z
  .object({ reason: z.string().trim().min(1).max(5000) })
  .strict();

export const OBLIGATION_STATUSES = ['pending', 'due_soon', 'overdue', 'met', 'waived'] as const;
export const obligationListQuerySchema = z
  .object({
    status: z.enum(OBLIGATION_STATUSES).optional(),
    regime: z.string().max(40).optional(),
    incidentId: z.string().uuid().optional(),
    /** Notification duties (`notice`, `record`, the default) or the response targets (`response`). */
    kind: z.enum(['duties', 'response']).default('duties'),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();
export type ObligationListQuery = z.infer<typeof obligationListQuerySchema>;

export interface Obligation {
  id: string;
  incidentId: string;
  incidentNumber: number;
  incidentTitle: string;
  key: string;
  rule: string;
  regime: string;
  /** `response`: an acknowledge/contain/resolve target of the incident's severity, not a legal duty. */
  kind: 'notice' | 'record' | 'response';
  title: string;
  recipient: {
    kind: string;
    display: string;
    organizationId?: string;
    contacts?: { name: string; email: string }[];
  };
  legalBasis: string;
  clockStartedAt: string | null;
  dueAt: string | null;
  targetAt: string | null;
  retainUntil: string | null;
  deadlineKind: 'legal' | 'target' | 'none';
  deadlineLabel: string;
  suspended: boolean;
  clockMissing: string | null;
  status: (typeof OBLIGATION_STATUSES)[number] | 'retired';
  noLongerRequired: boolean;
  because: string;
  metAt: string | null;
  channel: string | null;
  sentTo: string | null;
  noticeSummary: string | null;
  contentSha256: string | null;
  delayReason: string | null;
  waivedAt: string | null;
  waiveReason: string | null;
}

export interface TimelineEntry {
  id: number;
  at: string;
  actor: string;
  /** The user behind the entry; null for Vigil's own (derivations, alert rules). */
  actorId: string | null;
  kind: string;
  summary: string;
  data: Record<string, unknown> | null;
}

export interface Incident {
  id: string;
  number: number;
  reference: string;
  title: string;
  summary: string | null;
  severity: z.infer<typeof severitySchema>;
  status: (typeof INCIDENT_STATUSES)[number];
  category: string | null;
  leadId: string | null;
  /** The lead's name for everyone who may read the incident (the user list is admin-only). */
  lead: { id: string; email: string; displayName: string | null } | null;
  organizationIds: string[];
  detectedAt: string;
  awareAt: string | null;
  awareAtProcessor: string | null;
  acknowledgedAt: string | null;
  triageStartedAt: string | null;
  containedAt: string | null;
  eradicatedAt: string | null;
  recoveredAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The next open deadline or target across its obligations. */
  nextDeadline: {
    obligationId: string;
    /** The obligation's rule id (`QC_CAI`, `RESPONSE_ACKNOWLEDGE`, …). */
    rule: string;
    title: string;
    at: string;
    kind: 'legal' | 'target';
  } | null;
}

export interface IncidentDetail extends Incident {
  assessment:
    (Assessment & { assessedBy: string | null; assessedAt: string; version: number }) | null;
  /** Notification duties (`kind` notice or record). */
  obligations: Obligation[];
  /** Acknowledge, contain and resolve targets for the incident's severity (`kind: 'response'`). */
  responseClocks: Obligation[];
  evidence: Evidence[];
  /** Runbooks run for this incident (`/runbook-runs/{id}`). */
  runs: {
    id: string;
    title: string;
    kind: 'IR' | 'BCP' | 'DRP';
    status: 'running' | 'recovered' | 'aborted';
    drill: boolean;
    startedAt: string;
  }[];
  alerts: { id: string; title: string; severity: string; status: string; openedAt: string }[];
}

export const RESPONSE_TARGET_KINDS = ['acknowledge', 'contain', 'resolve'] as const;
export type ResponseTargetKind = (typeof RESPONSE_TARGET_KINDS)[number];

const targetMinutes = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 365);
export const responseTargetSchema = z
  .object({
    severity: severitySchema,
    acknowledgeMinutes: targetMinutes,
    containMinutes: targetMinutes,
    resolveMinutes: targetMinutes,
  })
  .strict()
  .refine((t) => t.containMinutes >= t.acknowledgeMinutes, {
    message: 'containing cannot be due before acknowledging',
    path: ['containMinutes'],
  })
  .refine((t) => t.resolveMinutes >= t.containMinutes, {
    message: 'resolving cannot be due before containing',
    path: ['resolveMinutes'],
  });
export type ResponseTarget = z.infer<typeof responseTargetSchema>;

/** `PUT /api/v1/response-targets`: the whole table, one row per severity. */
export const responseTargetsSchema = z
  .object({
    items: z
      .array(responseTargetSchema)
      .max(4)
      .refine((items) => new Set(items.map((t) => t.severity)).size === items.length, {
        message: 'each severity at most once',
      }),
    /** Severities to return to the defaults. */
    reset: z.array(severitySchema).max(4).default([]),
  })
  .strict()
  .refine((body) => body.items.length + body.reset.length > 0, {
    message: 'send the targets to change, or the severities to reset',
    path: ['items'],
  });

/** `POST /incidents/{id}/evidence`: an audit event copied into the incident with its chain hash. */
export const linkEvidenceSchema = z
  .object({
    source: z.string().trim().min(1).max(200),
    eventId: z.string().trim().min(1).max(500),
  })
  .strict();
export type LinkEvidence = z.infer<typeof linkEvidenceSchema>;

export interface Evidence {
  id: string;
  source: string;
  seq: number;
  eventId: string;
  occurredAt: string;
  action: string;
  outcome: string;
  actor: string | null;
  /** The event's hash in its source's chain (hex), as it was when copied. */
  hash: string;
  /** The full event as it was when copied. */
  event: Record<string, unknown>;
  linkedAt: string;
  linkedBy: string;
}

export interface RegisterNotice {
  rule: string;
  sentAt: string;
  channel: string | null;
  recipient: string | null;
}

/** One confidentiality incident in `GET /register` (Law 25 Reg. s. 7, PIPEDA s. 10.3, GDPR Art. 33(5)). */
export interface RegisterEntry {
  incidentId: string;
  reference: string;
  title: string;
  description: string | null;
  occurredOrDetectedAt: string;
  awareAt: string | null;
  breachDeterminedAt: string | null;
  personsAffected: number | null;
  personsAffectedQuebec: number | null;
  recordsAffected: number | null;
  countsAreEstimates: boolean;
  riskOfSeriousInjury: boolean;
  realRiskOfSignificantHarm: boolean;
  gdprRisk: string;
  riskRationale: string;
  consultedPersonInCharge: string | null;
  measuresTaken: string[];
  noticeToRegulatorAt: string | null;
  noticeToPersonsAt: string | null;
  notices: RegisterNotice[];
  /** Law 25 Reg. s. 7: 5 years after awareness; PIPEDA Regs s. 6: 24 months after determination. */
  retainUntil: string | null;
  assessedAt: string;
}
