import type { ContinuityReport } from '@vigil/contracts';
import {
  escapeHtml as escape,
  htmlTable as table,
  zonedTime as at,
} from '../../common/printable-page.js';

const hours = (minutes: number | null) =>
  minutes === null ? '—' : `${(minutes / 60).toFixed(1)} h`;

const verdict = (met: boolean | null) =>
  met === null ? '—' : met ? 'met' : '<strong>missed</strong>';

/**
 * The continuity report as a page an auditor prints or saves as PDF: no scripts, styles inline
 * (the response carries its own CSP), every value escaped.
 */
export const renderContinuityReport = (report: ContinuityReport, timeZone: string): string => {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Continuity report — ${escape(at(report.generatedAt, timeZone))}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:32px;color:#111}h1{font-size:22px}h2{font-size:16px;margin-top:28px;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin-top:8px}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3}.empty{color:#666}.meta{color:#444}@media print{body{margin:12mm}}
</style></head><body>
<h1>Business continuity and disaster recovery — evidence report</h1>
<p class="meta">Generated ${escape(at(report.generatedAt, timeZone))}. Objectives: RTO ${report.objectives.defaultRtoHours} h, RPO ${report.objectives.defaultRpoHours} h unless a service states tighter.</p>
<h2>Services and recovery objectives</h2>
${table(
  ['Service', 'RTO', 'RPO', 'Owner', 'Depends on'],
  report.objectives.services
    .filter((s) => !s.retired)
    .map((s) => [
      escape(s.name),
      `${s.rtoHours} h`,
      `${s.rpoHours} h`,
      escape(s.owner ?? '—'),
      escape(s.dependsOn.join(', ') || '—'),
    ]),
  'No services recorded.',
)}
<h2>Testing cadence</h2>
${table(
  ['Evidence', 'Every', 'Last', 'Next due', 'State'],
  report.schedules.map((s) => [
    s.kind === 'backup_test' ? 'Backup restore test' : 'DR drill',
    `${s.everyMonths} months`,
    escape(at(s.lastAt, timeZone)),
    escape(at(s.nextDueAt, timeZone)),
    s.overdue ? '<strong>overdue</strong>' : 'on schedule',
  ]),
  'No schedule.',
)}
<h2>DR drills: achieved against targets</h2>
${table(
  [
    'Scenario',
    'Type',
    'Interruption',
    'Achieved RTO',
    'Target',
    'Achieved RPO',
    'Target',
    'Participants',
  ],
  report.drills.map((d) => [
    escape(d.scenario),
    escape(d.type.replace('_', ' ')),
    escape(at(d.interruptionAt, timeZone)),
    `${hours(d.achievedRtoMinutes)} (${verdict(d.rtoMet)})`,
    `${d.rtoHours} h`,
    `${hours(d.achievedRpoMinutes)} (${verdict(d.rpoMet)})`,
    `${d.rpoHours} h`,
    escape(d.participants.join(', ') || '—'),
  ]),
  'No DR drill recorded.',
)}
<h2>Backup restore tests</h2>
${table(
  ['Restored', 'From backup taken', 'Duration', 'Integrity checks', 'Result', 'By'],
  report.lastBackupTests.map((t) => [
    escape(t.restoredWhat),
    escape(at(t.backupTakenAt, timeZone)),
    `${t.durationMinutes} min`,
    t.integrityChecks.length
      ? t.integrityChecks
          .map(
            (c) =>
              `${escape(c.method)}: ${escape(c.actual)} / ${escape(c.expected)} ${c.passed ? '✓' : '✗'}`,
          )
          .join('<br>')
      : '—',
    escape(t.result),
    escape(t.recordedBy),
  ]),
  'No backup test recorded.',
)}
<h2>Open findings</h2>
${table(
  ['Severity', 'Finding', 'From drill', 'Ticket', 'Due'],
  report.openFindings.map((f) => [
    escape(f.severity),
    escape(f.description),
    escape(f.scenario),
    escape(f.ticket ?? '—'),
    escape(at(f.dueAt, timeZone)),
  ]),
  'No open findings.',
)}
<h2>Recovery runbooks</h2>
${table(
  ['Runbook', 'Kind', 'Version', 'Last changed'],
  report.runbooks.map((r) => [
    escape(r.title),
    r.kind,
    `v${r.version}`,
    escape(at(r.updatedAt, timeZone)),
  ]),
  'No BCP or DRP runbook.',
)}
</body></html>`;
};
