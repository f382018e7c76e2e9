import type { BackupTest, ContinuityReport, Drill } from '@vigil/contracts';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

const LEAD = 'cora.lead@example.test';
const AUDITOR = 'aldo.auditor@example.test';

const SCENARIO = 'Ransomware encrypts the billing database; restore from the off-site backup';
const API_RESTORE = 'Billing database (PostgreSQL) to the staging cluster';
const UI_RESTORE = 'Document store bucket to the recovery account';

type State = Awaited<ReturnType<typeof signedInState>>;

const HOUR = 3_600_000;
// Whole minutes: a datetime-local field holds no seconds.
const minuteNow = () => Math.floor(Date.now() / 60_000) * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const pad = (n: number) => String(n).padStart(2, '0');
/** A `datetime-local` value in this machine's zone, which the browser it launches shares. */
const localInput = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

describe('continuity', () => {
  let browser: Browser;
  let lead: State;
  let auditor: State;
  let drill: Drill;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(LEAD, 'security_lead', { name: 'Cora Lead' });
    await createUser(AUDITOR, 'auditor', { name: 'Aldo Auditor' });
    const leadToken = await createApiToken(LEAD, 'e2e continuity');

    // A functional restore three days ago: service back 30 h after the interruption, from a
    // backup taken 6 h before it. Against 48 h / 24 h, both objectives are met.
    const interruption = minuteNow() - 72 * HOUR;
    drill = await api<Drill>(leadToken, 'POST', '/api/v1/drills', {
      scenario: SCENARIO,
      type: 'functional_restore',
      participants: ['Cora Lead', 'Dev Ops', 'Bea DBA'],
      keyPersonnelUnavailable: true,
      interruptionAt: iso(interruption),
      restoredAt: iso(interruption + 30 * HOUR),
      recoveryPointAt: iso(interruption - 6 * HOUR),
      findings: [
        {
          severity: 'high',
          description: 'The restore runbook misses the DNS switch to the recovery region',
          ticket: 'OPS-142',
          dueAt: iso(minuteNow() + 14 * 24 * HOUR),
        },
      ],
    });
    expect(drill).toMatchObject({
      achievedRtoMinutes: 30 * 60,
      achievedRpoMinutes: 6 * 60,
      rtoHours: 48,
      rpoHours: 24,
      rtoMet: true,
      rpoMet: true,
    });
    await api<BackupTest>(leadToken, 'POST', '/api/v1/backup-tests', {
      restoredWhat: API_RESTORE,
      backupTakenAt: iso(minuteNow() - 30 * HOUR),
      startedAt: iso(minuteNow() - 28 * HOUR),
      finishedAt: iso(minuteNow() - 27 * HOUR),
      integrityChecks: [
        { method: 'Row count, invoices', expected: '48213', actual: '48213', passed: true },
      ],
      result: 'passed',
    });

    [lead, auditor] = await Promise.all([
      signedInState(browser, LEAD),
      signedInState(browser, AUDITOR),
    ]);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows an auditor the drill against the 48 h / 24 h objectives, the schedule, and the report', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor);
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Continuity', exact: true })
      .click();
    await heading(page, 'Continuity').waitFor();
    expect(await page.title()).toBe('Continuity · Vigil');

    // The chart: the drill's bars under the two objective lines, said in words as well.
    const chart = page.getByRole('figure', { name: /Achieved RTO and RPO per drill/ });
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    const chartName = await chart.getAttribute('aria-label');
    expect(chartName).toContain('against the 48 h RTO and 24 h RPO objectives');
    expect(chartName).toContain('RTO 30 h against 48 h: met; RPO 6 h against 24 h: met');
    expect(await chart.locator('.recharts-reference-line').count()).toBe(2);
    await chart.getByText('RTO objective 48 h').waitFor();
    await chart.getByText('RPO objective 24 h').waitFor();

    // The table beside it: the same figures, with the scenario, people and findings.
    const row = card(page, 'DR drills').locator(`tr[data-drill-id="${drill.id}"]`);
    await row.waitFor();
    const rto = row.locator('[data-objective="RTO"]');
    const rpo = row.locator('[data-objective="RPO"]');
    expect((await rto.innerText()).replace(/\s+/g, ' ')).toBe('30 h objective 48 h Met');
    expect((await rpo.innerText()).replace(/\s+/g, ' ')).toBe('6 h objective 24 h Met');
    const rowText = await row.innerText();
    expect(rowText).toContain(SCENARIO);
    expect(rowText).toContain('Functional restore');
    expect(rowText).toContain('Key personnel unavailable');
    expect(rowText).toContain('Bea DBA');
    expect(rowText).toContain('OPS-142');

    // The schedule: both just done, so both on schedule, with when the next is due.
    const schedule = card(page, 'Schedule');
    const drills = schedule.locator('[data-kind="drill"]');
    const tests = schedule.locator('[data-kind="backup_test"]');
    expect(await drills.innerText()).toMatch(
      /Every 12 months \(yearly\)[\s\S]*last drill[\s\S]*3 days ago/i,
    );
    expect(await drills.innerText()).toMatch(/due in \d+ days/);
    await drills.getByText('On schedule').waitFor();
    expect(await tests.innerText()).toContain('Every 3 months (quarterly)');
    await tests.getByText('On schedule').waitFor();

    // Objectives and evidence read-only; the open finding listed on its own.
    const objectives = card(page, 'Recovery objectives');
    expect(await objectives.innerText()).toMatch(/Company RTO\s*48 h[\s\S]*Company RPO\s*24 h/i);
    // The starter services, each held to the company's objectives.
    expect(
      (await objectives.locator('tr[data-service-id="primary-database"]').innerText()).replace(
        /\s+/g,
        ' ',
      ),
    ).toMatch(/Primary database .* 48 h 24 h Platform team/);
    await card(page, 'Backup tests').getByText(API_RESTORE).waitFor();
    await card(page, 'Open findings').getByText('OPS-142').waitFor();
    expect(
      await page
        .getByRole('button', { name: /Record drill|Record backup test|Edit services/ })
        .count(),
    ).toBe(0);
    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
    await screenshotBothThemes(page, 'continuity-auditor');

    // The evidence to take away: the JSON report, then the printable page.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download JSON report' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^vigil-continuity-report-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const report = JSON.parse(readFileSync(await download.path(), 'utf8')) as ContinuityReport;
    expect(report.objectives).toMatchObject({ defaultRtoHours: 48, defaultRpoHours: 24 });
    expect(report.drills.find((d) => d.id === drill.id)).toMatchObject({
      achievedRtoMinutes: 1800,
      achievedRpoMinutes: 360,
      rtoMet: true,
      rpoMet: true,
    });
    expect(report.schedules.map((s) => s.kind).sort()).toEqual(['backup_test', 'drill']);
    await page.getByText(`Report saved: ${download.suggestedFilename()}`).waitFor();

    const printable = page.getByRole('link', { name: 'Open printable report' });
    expect(await printable.getAttribute('target')).toBe('_blank');
    const [tab] = await Promise.all([context.waitForEvent('page'), printable.click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe('/api/v1/continuity/report');
    expect(await tab.locator('h1').innerText()).toMatch(/evidence report/i);
    expect(await tab.content()).toContain('Ransomware encrypts the billing database');
    await tab.close();

    expectNoProblems(problems);
    await context.close();
  });

  it('lets a security lead record a backup test through the dialog and list a service', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/continuity');
    await heading(page, 'Continuity').waitFor();

    const tests = card(page, 'Backup tests');
    await tests.getByText(API_RESTORE).waitFor();
    await tests.getByRole('button', { name: 'Record backup test' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record backup test' });
    await dialog.waitFor();

    // Nothing filled in: each required field says what it needs.
    await dialog.getByRole('button', { name: 'Record backup test' }).click();
    await dialog
      .getByText('Say what was restored, e.g. the customer database to staging.')
      .waitFor();
    await dialog.getByText('Choose the result.').waitFor();

    const finished = minuteNow() - HOUR;
    await dialog.getByLabel('What was restored').fill(UI_RESTORE);
    await dialog.getByLabel('Backup taken at').fill(localInput(finished - 26 * HOUR));
    await dialog.getByLabel('Restore started').fill(localInput(finished - 90 * 60_000));
    await dialog.getByLabel('Restore finished').fill(localInput(finished));
    await dialog.getByText('The restore took 1 h 30 min.').waitFor();
    await dialog.getByLabel('Check 1 method').fill('SHA-256 of the object manifest');
    await dialog.getByLabel('Check 1 expected').fill('9f2c41e0');
    await dialog.getByLabel('Check 1 actual').fill('9f2c41e0');
    // The same value on both sides answers "passed" by itself.
    expect(await dialog.getByLabel('Check 1 passed').inputValue()).toBe('yes');
    await dialog.getByLabel('Result').selectOption('passed');
    await screenshotBothThemes(page, 'continuity-record-backup-test', { fullPage: false });
    await dialog.getByRole('button', { name: 'Record backup test' }).click();
    await dialog.waitFor({ state: 'detached' });
    // The dialog is gone; a toast says what happened.
    await page.getByRole('status').filter({ hasText: 'Backup test recorded' }).waitFor();

    const row = tests.locator('tr').filter({ hasText: UI_RESTORE });
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('1 h 30 min');
    expect(rowText).toContain('SHA-256 of the object manifest');
    expect(rowText).toContain('Passed');
    expect(rowText).toContain('Cora Lead');

    // A service with objectives of its own, tighter than the company's.
    const objectives = card(page, 'Recovery objectives');
    await objectives.getByRole('button', { name: 'Edit services' }).click();
    await objectives.getByRole('button', { name: 'Add service' }).click();
    await objectives.getByLabel('Name, new service').fill('Billing API');
    expect(await objectives.getByLabel('Id, Billing API').inputValue()).toBe('billing-api');
    await objectives.getByLabel('RTO in hours, Billing API').fill('8');
    await objectives.getByLabel('RPO in hours, Billing API').fill('1');
    await objectives.getByLabel('Owner, Billing API').fill('Cora Lead');
    await objectives.getByRole('button', { name: 'Save services' }).click();
    await objectives.getByText('Services saved').waitFor();
    const service = objectives.locator('tr[data-service-id="billing-api"]');
    expect((await service.innerText()).replace(/\s+/g, ' ')).toMatch(
      /Billing API billing-api 8 h 1 h Cora Lead/,
    );

    expectNoProblems(problems);
    await context.close();
  });

  it('records a drill through the dialog, held to the tightest service objectives', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/continuity');
    const drills = card(page, 'DR drills');
    await drills.locator(`tr[data-drill-id="${drill.id}"]`).waitFor();
    await drills.getByRole('button', { name: 'Record drill' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record drill' });
    await dialog.waitFor();

    // Billing API now promises 8 h / 1 h: the same 30 h and 6 h miss both.
    const interruption = minuteNow() - 40 * HOUR;
    await dialog.getByLabel('Scenario').fill('Tabletop turned restore: billing region lost');
    await dialog.getByLabel('Type').selectOption('failover');
    await dialog.getByLabel('Interruption at').fill(localInput(interruption));
    await dialog
      .getByLabel('Service restored at (optional)')
      .fill(localInput(interruption + 30 * HOUR));
    await dialog.getByLabel('Recovery point (optional)').fill(localInput(interruption - 6 * HOUR));
    await dialog.getByText('Achieved RTO 30 h against 8 h: missed.').waitFor();
    await dialog.getByText('Achieved RPO 6 h against 1 h: missed.').waitFor();
    await dialog.getByLabel('Participants').fill('Cora Lead\nDev Ops');
    await dialog.getByRole('button', { name: 'Add finding' }).click();
    await dialog.getByLabel('Finding 1 severity').selectOption('high');
    await dialog.getByLabel('Finding 1 description').fill('Failover took a day to approve');
    await dialog.getByLabel('Finding 1 ticket').fill('OPS-150');
    await screenshotBothThemes(page, 'continuity-record-drill', { fullPage: false });
    await dialog.getByRole('button', { name: 'Record drill' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = drills.locator('tr').filter({ hasText: 'billing region lost' });
    await row.waitFor();
    expect((await row.locator('[data-objective="RTO"]').innerText()).replace(/\s+/g, ' ')).toBe(
      '30 h objective 8 h Missed',
    );
    expect((await row.locator('[data-objective="RPO"]').innerText()).replace(/\s+/g, ' ')).toBe(
      '6 h objective 1 h Missed',
    );
    const chart = page.getByRole('figure', { name: /Achieved RTO and RPO per drill/ });
    expect(await chart.getAttribute('aria-label')).toMatch(
      /2 drills measured; 1 met both objectives, 1 missed the RTO, 1 missed the RPO/,
    );
    await card(page, 'Open findings').getByText('OPS-150').waitFor();

    expectNoProblems(problems);
    await context.close();
  });
});
