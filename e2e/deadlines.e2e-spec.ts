import type { Incident, Obligation, Organization, Page as ListPage } from '@vigil/contracts';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { api } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { baseUrl } from './support/server-info';
import { openSignedIn, signedInState } from './support/session';

const DPO = 'dana.dpo@example.test';
const LEAD = 'lou.lead@example.test';
const AUDITOR = 'ari.auditor@example.test';

const BREACH = 'Customer export bucket readable from the internet';
const LATE_BREACH = 'Payroll spreadsheet mailed to the wrong client';

type State = Awaited<ReturnType<typeof signedInState>>;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

/** `PUT` is not in support/api's verbs: the assessment is the one call here that needs it. */
const put = async <T>(token: string, path: string, body: unknown): Promise<T> => {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`PUT ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
};

/** The DPO's assessment: EU personal data, the company as controller, a high risk. */
const assessment = (awareAt: string) => ({
  personalDataInvolved: true,
  awareAt,
  breachDeterminedAt: null,
  role: 'controller',
  qcRiskOfSeriousInjury: false,
  pipedaRealRiskOfSignificantHarm: false,
  gdprRisk: 'high',
  affected: { persons: 1200, personsQuebec: 0, personsEu: 1200, records: 5400, isEstimate: true },
  rationale: 'Names, emails and order histories of EU customers were readable without sign-in.',
  lawEnforcementHold: false,
  consultedPersonInCharge: 'Dana DPO',
  personalInformation: 'Names, email addresses and order histories',
  // Left blank on purpose: the notice shows a gap for each.
  likelyConsequences: null,
  measuresTaken: null,
});

const board = (page: Page) => page.getByRole('region', { name: 'Clocks' });
const row = (page: Page, reference: string, rule: string): Locator =>
  board(page).locator(`tr[data-rule="${rule}"]`).filter({ hasText: reference });
/** A status tab; its label ends with the count of clocks in it. */
const statusFilter = (page: Page, label: string) =>
  page
    .getByRole('radiogroup', { name: 'Status' })
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}\\s*\\d+$`) });

describe('deadlines', () => {
  let browser: Browser;
  let dpo: State;
  let auditor: State;
  let leadToken: string;
  let dpoToken: string;
  let incident: Incident;
  let late: Incident;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(DPO, 'dpo', { name: 'Dana DPO' });
    await createUser(LEAD, 'security_lead', { name: 'Lou Lead' });
    await createUser(AUDITOR, 'auditor', { name: 'Ari Auditor' });
    const adminToken = await createApiToken('admin@localhost', 'e2e deadlines');
    [leadToken, dpoToken] = await Promise.all([
      createApiToken(LEAD, 'e2e deadlines'),
      createApiToken(DPO, 'e2e deadlines'),
    ]);

    const org = await api<Organization>(adminToken, 'POST', '/api/v1/organizations', {
      id: 'europa-e2e',
      name: 'Europa Retail GmbH',
      jurisdictions: ['EU'],
      contacts: [{ name: 'Eva Sicherheit', email: 'security@europa.example' }],
    });
    // The security lead opens the incidents; the DPO assesses them.
    incident = await api<Incident>(leadToken, 'POST', '/api/v1/incidents', {
      title: BREACH,
      severity: 'SEV2',
      organizationIds: [org.id],
    });
    await put(dpoToken, `/api/v1/incidents/${incident.id}/assessment`, assessment(hoursAgo(2)));
    // Aware 80 h ago: the 72 h GDPR clock ran out 8 h ago.
    late = await api<Incident>(leadToken, 'POST', '/api/v1/incidents', {
      title: LATE_BREACH,
      severity: 'SEV3',
      organizationIds: [org.id],
    });
    await put(dpoToken, `/api/v1/incidents/${late.id}/assessment`, assessment(hoursAgo(80)));

    dpo = await signedInState(browser, DPO);
    auditor = await signedInState(browser, AUDITOR);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets the DPO prepare the GDPR notice, mark it sent, and see it met and in the register', async () => {
    const ref = incident.reference;
    const { page, context, problems } = await openSignedIn(browser, dpo);
    await page.goto('/deadlines');
    await heading(page, 'Deadlines').waitFor();

    // The GDPR 72 h clock runs, with its countdown, absolute time and what kind of time it is.
    const gdpr = row(page, ref, 'GDPR_SA');
    await gdpr.waitFor();
    const countdown = gdpr.getByRole('timer');
    expect(await countdown.innerText()).toMatch(/^(69|70) h \d{2} min left$/);
    expect(await gdpr.innerText()).toContain('Legal deadline');
    expect(await gdpr.innerText()).toMatch(/\d{2}:\d{2}:\d{2} \S+/);
    // The late incident's clocks are overdue, on top of the board, the most overdue first.
    const overdue = board(page).locator('tbody.deadline-group--overdue');
    expect(await board(page).locator('tbody').first().getAttribute('class')).toContain('overdue');
    const lateGdpr = overdue.locator('tr[data-rule="GDPR_SA"]').filter({ hasText: late.reference });
    expect(await lateGdpr.getByRole('timer').innerText()).toMatch(/^overdue by (7|8) h/);
    const first = overdue.locator('tr[data-rule]').first();
    expect(await first.getAttribute('data-rule')).toBe('CONTRACT_CLIENT_24H');
    expect(await first.innerText()).toContain(late.reference);
    // Record-keeping duties have no clock: they are listed apart.
    await page
      .getByRole('region', { name: 'Record-keeping duties' })
      .locator('tr[data-rule="GDPR_DOCUMENTATION"]')
      .filter({ hasText: ref })
      .waitFor();
    await screenshotBothThemes(page, 'deadlines-board');

    // Prepare: the template filled from the incident, the law's checklist, the gaps flagged.
    await gdpr.getByRole('button', { name: 'Prepare notice' }).click();
    const dialog = page.getByRole('dialog');
    const checklist = dialog.getByRole('region', { name: 'Content the law asks for' });
    await checklist.waitFor();
    expect(await checklist.innerText()).toContain('GDPR');
    expect(await checklist.locator('li').count()).toBeGreaterThanOrEqual(4);
    await checklist.getByText('To complete').first().waitFor();
    await dialog.getByText(/gaps? (is|are) still in the text/).waitFor();
    await screenshotBothThemes(page, 'notice-prepare', { fullPage: false });

    // Edit: every blank written out, and the subject.
    const text = dialog.getByLabel('Text', { exact: true });
    const template = await text.inputValue();
    expect(template).toContain(ref);
    const written = template
      .replaceAll('[[to complete: the name of the organization]]', 'Northwind SaaS Inc.')
      .replace(
        /\[\[to complete: ?[^\]]*\]\]/g,
        'Unauthorised reading of the export; phishing risk for the persons concerned',
      );
    await text.fill(written);
    await dialog.getByLabel('Subject').fill(`Personal data breach notification — ${ref}`);
    expect(await dialog.getByText(/gaps? (is|are) still in the text/).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Save draft' }).click();
    await dialog.getByText(/^Draft saved/).waitFor();

    // Review, then mark as sent by the portal.
    await dialog.getByRole('button', { name: 'Review' }).click();
    expect(await dialog.getByLabel('Notice text').innerText()).toContain('phishing risk');
    await dialog.getByRole('button', { name: 'Continue to mark as sent' }).click();
    expect(await dialog.getByLabel('Sent at').inputValue()).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
    );
    expect(await dialog.getByLabel('Reasons for the delay').count()).toBe(0);
    await dialog.getByLabel('Channel').selectOption('portal');
    await dialog.getByLabel('Recipient').fill('CNIL — online breach notification form');
    await screenshotBothThemes(page, 'notice-mark-sent', { fullPage: false });
    await dialog.getByRole('button', { name: 'Mark as sent' }).click();

    // Recorded: read-only, with when, to whom, and the hash of the text that matches it.
    await dialog.getByText('Notice recorded as sent').waitFor();
    const hash = await dialog.getByLabel('Content SHA-256').innerText();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await dialog.getByText('The text below matches this hash').waitFor();
    expect(await dialog.getByLabel('Notice text').innerText()).toContain('phishing risk');
    expect(await dialog.innerText()).toContain('CNIL — online breach notification form');
    expect(await dialog.getByRole('button', { name: 'Mark as sent' }).count()).toBe(0);
    await screenshotBothThemes(page, 'notice-sent', { fullPage: false });
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });

    // The clock left the open ones and shows met.
    await gdpr.waitFor({ state: 'detached' });
    await statusFilter(page, 'Met').click();
    await row(page, ref, 'GDPR_SA').getByText('Met', { exact: true }).waitFor();
    const obligations = await api<ListPage<Obligation>>(
      dpoToken,
      'GET',
      `/api/v1/obligations?incidentId=${incident.id}`,
    );
    const met = obligations.items.find((o) => o.rule === 'GDPR_SA');
    expect(met).toMatchObject({ status: 'met', channel: 'portal', contentSha256: hash });

    // The register shows the notification date for the incident.
    await page
      .getByRole('navigation', { name: 'Deadlines sections' })
      .getByText('Breach register')
      .click();
    await heading(page, 'Breach register').waitFor();
    const entry = page.locator(`tr[data-incident-id="${incident.id}"]`);
    await entry.waitFor();
    const entryText = await entry.innerText();
    expect(entryText).toContain('GDPR_SA');
    expect(entryText).not.toMatch(/To a regulator\s*—/);
    expect(entryText).toMatch(/To a regulator\s*\w{3} \d{2}, \d{4}/);
    await screenshotBothThemes(page, 'deadlines-register');

    // The same register as CSV, for the regulator, with the notice date on the incident's line.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('confidentiality-incident-register.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith(`${ref},`));
    const instants = (line ?? '')
      .match(/\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})/g)
      ?.map((t) => Date.parse(t));
    expect(instants).toContain(Date.parse(met?.metAt ?? ''));
    await page.getByText('Register saved: confidentiality-incident-register.csv').waitFor();

    expectNoProblems(problems);
    await context.close();
  });

  it('asks for the reasons of a late GDPR notice, and waives a notice with its ground', async () => {
    const { page, context, problems } = await openSignedIn(browser, dpo);
    await page.goto('/deadlines?view=overdue');
    const gdpr = row(page, late.reference, 'GDPR_SA');
    await gdpr.getByRole('button', { name: 'Prepare notice' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('region', { name: 'Content the law asks for' }).waitFor();
    // The French version is its own draft; an edit to the English one survives the switch.
    const subject = dialog.getByLabel('Subject');
    await subject.fill(`${await subject.inputValue()} (late)`);
    const language = (code: string) =>
      dialog
        .getByRole('radiogroup', { name: 'Language' })
        .locator('label')
        .filter({ hasText: new RegExp(`^${code}`) });
    await language('FR').click();
    await page.waitForFunction(() =>
      document.querySelector<HTMLTextAreaElement>('dialog textarea')?.value.includes('à compléter'),
    );
    expect(await dialog.getByLabel('Text', { exact: true }).inputValue()).toContain('à compléter');
    await language('EN').click();
    expect(await subject.inputValue()).toMatch(/\(late\)$/);
    await dialog.getByText('Unsaved changes').waitFor();
    await dialog.getByRole('button', { name: 'Review' }).click();
    await dialog.getByRole('button', { name: 'Continue to mark as sent' }).click();
    // Past the 72 h: the reasons for the delay are required (GDPR Art. 33(1)).
    await dialog.getByLabel('Reasons for the delay').waitFor();
    await dialog.getByText(/gaps? (is|are) still in the text/).waitFor();
    await dialog.getByLabel('Recipient').fill('CNIL');
    await dialog.getByRole('button', { name: 'Mark as sent' }).click();
    await dialog.getByText('Sent after the deadline: give the reasons for the delay.').waitFor();
    await dialog
      .getByLabel('Reasons for the delay')
      .fill('The spreadsheet was only found in the client’s mailbox on day 4.');
    await dialog.getByRole('button', { name: 'Mark as sent' }).click();
    await dialog.getByText('Notice recorded as sent').waitFor();
    expect(await dialog.innerText()).toContain('after the deadline');
    await dialog.getByRole('button', { name: 'Close' }).last().click();

    // Art. 34(3)(a): the data subjects need not be told when the data was unintelligible.
    await page.goto('/deadlines');
    const subjects = row(page, late.reference, 'GDPR_DATA_SUBJECTS');
    await subjects.getByRole('button', { name: 'Waive' }).click();
    const waive = page.getByRole('dialog', { name: 'Waive this notice' });
    await waive.getByRole('button', { name: 'Waive notice' }).click();
    await waive.getByText('Give the legal ground for not sending it: it goes on record.').waitFor();
    await waive.getByLabel('Reason').fill('GDPR Art. 34(3)(a): the file was encrypted at rest.');
    await waive.getByRole('button', { name: 'Waive notice' }).click();
    await waive.waitFor({ state: 'detached' });
    await subjects.waitFor({ state: 'detached' });
    await statusFilter(page, 'Waived').click();
    const waived = row(page, late.reference, 'GDPR_DATA_SUBJECTS');
    expect(await waived.innerText()).toContain('GDPR Art. 34(3)(a)');

    expectNoProblems(problems);
    await context.close();
  });

  it('shows an auditor the board read-only', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor);
    await page.goto('/deadlines?view=all');
    await row(page, incident.reference, 'GDPR_SA').waitFor();
    await row(page, incident.reference, 'CONTRACT_CLIENT_24H').getByRole('timer').waitFor();
    expect(
      await board(page)
        .getByRole('button', { name: /Prepare notice|Waive/ })
        .count(),
    ).toBe(0);
    await screenshotBothThemes(page, 'deadlines-auditor');

    // The incidents' own response targets are a secondary view of the same board.
    await page
      .getByRole('radiogroup', { name: 'Clocks' })
      .locator('label')
      .filter({ hasText: 'Response targets' })
      .click();
    await page.waitForURL((url) => url.searchParams.get('kind') === 'response');
    const acknowledge = row(page, incident.reference, 'RESPONSE_ACKNOWLEDGE');
    await acknowledge.waitFor();
    expect(await acknowledge.innerText()).toMatch(/response target/i);
    await page.goto('/deadlines?view=all');

    // What was sent stays readable, with its hash.
    await row(page, incident.reference, 'GDPR_SA')
      .getByRole('button', { name: 'View notice' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('The text below matches this hash').waitFor();
    expect(await dialog.getByRole('button', { name: /Mark as sent|Save draft/ }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.goto('/deadlines/register');
    await page.locator(`tr[data-incident-id="${incident.id}"]`).waitFor();

    expectNoProblems(problems);
    await context.close();
  });
});
