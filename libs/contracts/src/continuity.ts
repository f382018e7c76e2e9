import { z } from 'zod';
import { roleSchema } from './auth.js';

const rfc3339 = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 time' });

export const RUNBOOK_KINDS = ['IR', 'BCP', 'DRP'] as const;
export type RunbookKind = (typeof RUNBOOK_KINDS)[number];

/** The incident categories the dashboard suggests; a runbook lists the ones it answers. */
export const INCIDENT_CATEGORIES = [
  'Unauthorized access',
  'Data exposure',
  'Account compromise',
  'Malware',
  'Ransomware',
  'Phishing',
  'Lost or stolen device',
  'Denial of service',
  'Service outage',
  'Data loss',
  'Insider misuse',
  'Offboarding',
] as const;

export const runbookStepInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    /** Markdown. */
    body: z.string().max(20_000).default(''),
    /** The role that carries the step out; anyone running the runbook may when absent. */
    role: roleSchema.nullable().default(null),
    expectedMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
      .nullable()
      .default(null),
  })
  .strict();
export type RunbookStepInput = z.input<typeof runbookStepInputSchema>;

/** `POST /runbooks` and `PUT /runbooks/{id}` (a PUT makes a new version). */
export const runbookInputSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: z.enum(RUNBOOK_KINDS),
    summary: z.string().trim().max(5000).default(''),
    steps: z.array(runbookStepInputSchema).min(1).max(200),
    /** Ids of the services it recovers (`/services`). */
    services: z.array(z.string().min(1).max(64)).max(100).default([]),
    /** Incident categories it answers: an incident of one of them suggests this runbook. */
    categories: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
  })
  .strict();
export type RunbookInput = z.input<typeof runbookInputSchema>;

export interface RunbookStep {
  /** Identifies the step within its version (runs refer to it); a new version gives new ids. */
  id: string;
  position: number;
  title: string;
  body: string;
  role: z.infer<typeof roleSchema> | null;
  expectedMinutes: number | null;
}

export interface Runbook {
  id: string;
  title: string;
  kind: RunbookKind;
  summary: string;
  version: number;
  steps: RunbookStep[];
  services: string[];
  categories: string[];
  archived: boolean;
  /** True for the library Vigil installs; edits make it the company's own like any other. */
  starter: boolean;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RunbookVersionSummary {
  version: number;
  title: string;
  stepCount: number;
  createdAt: string;
  createdBy: string | null;
}

export const runbookListQuerySchema = z
  .object({
    kind: z.enum(RUNBOOK_KINDS).optional(),
    category: z.string().max(100).optional(),
    archived: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .default(false),
  })
  .strict();

export const serviceSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'lowercase letters, digits and dashes' }),
    name: z.string().trim().min(1).max(200),
    rtoHours: z
      .number()
      .min(0.25)
      .max(24 * 90)
      .default(48),
    rpoHours: z
      .number()
      .min(0.25)
      .max(24 * 90)
      .default(24),
    owner: z.string().trim().max(200).nullable().default(null),
    dependsOn: z.array(z.string().min(1).max(64)).max(50).default([]),
    retired: z.boolean().default(false),
  })
  .strict();
export type ServiceInput = z.input<typeof serviceSchema>;
export type Service = z.infer<typeof serviceSchema>;

/** `PUT /services`: every service, upserted by id (a service runs refer to is retired, not removed). */
export const servicesInputSchema = z.object({ items: z.array(serviceSchema).max(500) }).strict();

export const startRunSchema = z
  .object({
    incidentId: z.string().uuid().optional(),
    drill: z.boolean().default(false),
    /** When the service went down (or, in a drill, the simulated interruption); default now. */
    disruptionStartedAt: rfc3339.optional(),
    /** The last good recovery point (backup or snapshot) available when recovery starts. */
    lastGoodBackupAt: rfc3339.optional(),
    /** Default: the runbook's services. */
    services: z.array(z.string().min(1).max(64)).max(100).optional(),
  })
  .strict();
export type StartRun = z.input<typeof startRunSchema>;

export const RUN_STEP_STATUSES = ['pending', 'done', 'skipped', 'blocked'] as const;
export const updateRunStepSchema = z
  .object({
    status: z.enum(['done', 'skipped', 'blocked', 'pending']),
    note: z.string().trim().max(5000).optional(),
  })
  .strict()
  .refine((s) => s.status !== 'blocked' || (s.note?.length ?? 0) > 0, {
    message: 'say what blocks the step',
    path: ['note'],
  });

export const finishRunSchema = z
  .object({
    /** When service was restored; default now. */
    restoredAt: rfc3339.optional(),
    /** The recovery point actually restored from; default the run's last good backup. */
    recoveryPointAt: rfc3339.optional(),
    outcome: z.enum(['recovered', 'aborted']).default('recovered'),
    note: z.string().trim().max(5000).optional(),
  })
  .strict();

export interface RecoveryObjective {
  serviceId: string;
  name: string;
  rtoHours: number;
  rpoHours: number;
  /** disruption start + RTO. */
  rtoDueAt: string;
  /** Data at risk: disruption start − last good backup, in minutes; null when no backup time is known. */
  rpoExposureMinutes: number | null;
  rpoMet: boolean | null;
}

export interface RunStep extends RunbookStep {
  status: (typeof RUN_STEP_STATUSES)[number];
  note: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface RunbookRun {
  id: string;
  runbookId: string;
  runbookVersion: number;
  title: string;
  kind: RunbookKind;
  incidentId: string | null;
  incidentReference: string | null;
  drill: boolean;
  status: 'running' | 'recovered' | 'aborted';
  startedAt: string;
  startedBy: string;
  disruptionStartedAt: string;
  lastGoodBackupAt: string | null;
  finishedAt: string | null;
  restoredAt: string | null;
  recoveryPointAt: string | null;
  /** restored − disruption, and disruption − recovery point, once finished. */
  achievedRtoMinutes: number | null;
  achievedRpoMinutes: number | null;
  /** The tightest objectives among the run's services (48 h / 24 h when it has none). */
  rtoHours: number;
  rpoHours: number;
  objectives: RecoveryObjective[];
  steps: RunStep[];
}

export const runListQuerySchema = z
  .object({
    incidentId: z.string().uuid().optional(),
    drill: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    status: z.enum(['running', 'recovered', 'aborted']).optional(),
  })
  .strict();

export const integrityCheckSchema = z
  .object({
    method: z.string().trim().min(1).max(200),
    expected: z.string().trim().max(500).default(''),
    actual: z.string().trim().max(500).default(''),
    passed: z.boolean(),
  })
  .strict();

export const backupTestInputSchema = z
  .object({
    serviceId: z.string().min(1).max(64).nullable().default(null),
    restoredWhat: z.string().trim().min(1).max(1000),
    backupTakenAt: rfc3339,
    startedAt: rfc3339,
    finishedAt: rfc3339,
    integrityChecks: z.array(integrityCheckSchema).max(50).default([]),
    result: z.enum(['passed', 'failed', 'partial']),
    notes: z.string().trim().max(10_000).default(''),
  })
  .strict()
  .refine((t) => Date.parse(t.finishedAt) >= Date.parse(t.startedAt), {
    message: 'finishes before it starts',
    path: ['finishedAt'],
  });
export type BackupTestInput = z.input<typeof backupTestInputSchema>;

export interface BackupTest {
  id: string;
  serviceId: string | null;
  restoredWhat: string;
  backupTakenAt: string;
  startedAt: string;
  finishedAt: string;
  durationMinutes: number;
  integrityChecks: z.infer<typeof integrityCheckSchema>[];
  result: 'passed' | 'failed' | 'partial';
  notes: string;
  recordedBy: string;
  recordedAt: string;
}

export const findingSchema = z
  .object({
    severity: z.enum(['low', 'medium', 'high']),
    description: z.string().trim().min(1).max(2000),
    ticket: z.string().trim().max(200).nullable().default(null),
    dueAt: rfc3339.nullable().default(null),
    closedAt: rfc3339.nullable().default(null),
  })
  .strict();

export const drillInputSchema = z
  .object({
    scenario: z.string().trim().min(1).max(2000),
    type: z.enum(['tabletop', 'functional_restore', 'failover']),
    runId: z.string().uuid().nullable().default(null),
    /** The services the drill recovered: it is held to their tightest objectives (default: all active ones). */
    services: z.array(z.string().min(1).max(64)).max(100).default([]),
    participants: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
    keyPersonnelUnavailable: z.boolean().default(false),
    interruptionAt: rfc3339,
    restoredAt: rfc3339.nullable().default(null),
    recoveryPointAt: rfc3339.nullable().default(null),
    findings: z.array(findingSchema).max(100).default([]),
  })
  .strict();
export type DrillInput = z.input<typeof drillInputSchema>;

export interface Drill {
  id: string;
  scenario: string;
  type: 'tabletop' | 'functional_restore' | 'failover';
  runId: string | null;
  participants: string[];
  keyPersonnelUnavailable: boolean;
  interruptionAt: string;
  restoredAt: string | null;
  recoveryPointAt: string | null;
  achievedRtoMinutes: number | null;
  achievedRpoMinutes: number | null;
  rtoHours: number;
  rpoHours: number;
  rtoMet: boolean | null;
  rpoMet: boolean | null;
  findings: z.infer<typeof findingSchema>[];
  recordedBy: string;
  recordedAt: string;
}

export interface EvidenceSchedule {
  kind: 'backup_test' | 'drill';
  everyMonths: number;
  lastAt: string | null;
  nextDueAt: string;
  overdue: boolean;
}

/** `GET /continuity/report` (also `?format=html`, printable). */
export interface ContinuityReport {
  generatedAt: string;
  objectives: { defaultRtoHours: number; defaultRpoHours: number; services: Service[] };
  schedules: EvidenceSchedule[];
  lastBackupTests: BackupTest[];
  drills: Drill[];
  openFindings: (z.infer<typeof findingSchema> & { drillId: string; scenario: string })[];
  runbooks: { id: string; title: string; kind: RunbookKind; version: number; updatedAt: string }[];
}
