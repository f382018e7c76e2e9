import type { BackupTest, Drill, EvidenceSchedule, Service } from '@vigil/contracts';

// Builders for this feature's unit tests: a valid record, with only what a test is about changed.

export const aDrill = (overrides: Partial<Drill> = {}): Drill => ({
  id: 'd1',
  scenario: 'Ransomware encrypts the primary database',
  type: 'functional_restore',
  runId: null,
  participants: ['Ana Ops', 'Ben DBA'],
  keyPersonnelUnavailable: false,
  interruptionAt: '2026-11-10T08:00:00.000Z',
  restoredAt: '2026-11-11T14:00:00.000Z',
  recoveryPointAt: '2026-11-10T02:00:00.000Z',
  achievedRtoMinutes: 30 * 60,
  achievedRpoMinutes: 6 * 60,
  rtoHours: 48,
  rpoHours: 24,
  rtoMet: true,
  rpoMet: true,
  findings: [],
  recordedBy: 'lou.lead@example.test',
  recordedAt: '2026-11-12T09:00:00.000Z',
  ...overrides,
});

export const aBackupTest = (overrides: Partial<BackupTest> = {}): BackupTest => ({
  id: 'b1',
  serviceId: null,
  restoredWhat: 'Customer database to staging',
  backupTakenAt: '2026-11-19T02:00:00.000Z',
  startedAt: '2026-11-19T09:00:00.000Z',
  finishedAt: '2026-11-19T10:30:00.000Z',
  durationMinutes: 90,
  integrityChecks: [],
  result: 'passed',
  notes: '',
  recordedBy: 'lou.lead@example.test',
  recordedAt: '2026-11-19T11:00:00.000Z',
  ...overrides,
});

export const aService = (overrides: Partial<Service> = {}): Service => ({
  id: 'customer-api',
  name: 'Customer API',
  rtoHours: 48,
  rpoHours: 24,
  owner: null,
  dependsOn: [],
  retired: false,
  ...overrides,
});

export const aSchedule = (overrides: Partial<EvidenceSchedule> = {}): EvidenceSchedule => ({
  kind: 'backup_test',
  everyMonths: 3,
  lastAt: '2026-09-01T09:00:00.000Z',
  nextDueAt: '2026-12-01T09:00:00.000Z',
  overdue: false,
  ...overrides,
});
