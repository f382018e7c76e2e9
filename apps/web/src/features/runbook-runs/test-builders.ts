import type { Runbook, RunbookRun, RunbookStep, RunStep } from '@vigil/contracts';

// Builders for the runbook and run unit tests: a valid value, with only what a test is about
// overridden.

export const aStep = (overrides: Partial<RunbookStep> = {}): RunbookStep => ({
  id: `step-${overrides.position ?? 1}`,
  position: 1,
  title: 'Confirm the outage',
  body: '',
  role: null,
  expectedMinutes: null,
  ...overrides,
});

/** Steps 1…n with these titles, in order. */
export const stepsTitled = (...titles: string[]): RunbookStep[] =>
  titles.map((title, i) => aStep({ id: `s${i + 1}`, position: i + 1, title }));

export const aRunbook = (overrides: Partial<Runbook> = {}): Runbook => ({
  id: 'rb-1',
  title: 'RDS point-in-time recovery',
  kind: 'DRP',
  summary: 'Restore the orders database to a point in time.',
  version: 1,
  steps: stepsTitled('Declare the disruption', 'Pick the restore point', 'Restore', 'Verify'),
  services: ['orders-db'],
  categories: ['Data loss'],
  archived: false,
  starter: true,
  updatedAt: '2026-11-20T10:00:00.000Z',
  updatedBy: null,
  ...overrides,
});

export const aRunStep = (overrides: Partial<RunStep> = {}): RunStep => ({
  ...aStep(overrides),
  status: 'pending',
  note: null,
  updatedAt: null,
  updatedBy: null,
  ...overrides,
});

export const aRun = (overrides: Partial<RunbookRun> = {}): RunbookRun => ({
  id: 'run-1',
  runbookId: 'rb-1',
  runbookVersion: 1,
  title: 'RDS point-in-time recovery',
  kind: 'DRP',
  incidentId: null,
  incidentReference: null,
  drill: false,
  status: 'running',
  startedAt: '2026-11-20T10:00:00.000Z',
  startedBy: 'Ines Lead',
  disruptionStartedAt: '2026-11-20T10:00:00.000Z',
  lastGoodBackupAt: null,
  finishedAt: null,
  restoredAt: null,
  recoveryPointAt: null,
  achievedRtoMinutes: null,
  achievedRpoMinutes: null,
  rtoHours: 48,
  rpoHours: 24,
  objectives: [],
  steps: [1, 2, 3].map((position) => aRunStep({ id: `s${position}`, position })),
  ...overrides,
});
