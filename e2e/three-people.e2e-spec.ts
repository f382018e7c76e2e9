import type { AuditEventInput } from '@vigil/contracts';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { api, ingestEvents } from './support/api';
import { launchBrowser } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { eventBridgeAlarmFixture } from './support/fixtures';
import {
  currentLanguage,
  expectPdf,
  expectPng,
  pdfPath,
  saveInBothThemes,
  switchLanguage,
  type Language,
} from './support/screenshots';
import { openSignedIn, signedInState } from './support/session';

// Three people of one fresh instance, one after the other on the same incident: the security
// lead who handles the alarm, the DPO who assesses and notifies, and the auditors who check it.
const LEAD = 'sasha.lead@three-people.test';
const DPO = 'dominique.dpo@three-people.test';
const AUDITOR = 'ari.auditor@three-people.test';
const CLIENT_AUDITOR = 'camille.audit@laurentides.example';

const ORG = { id: 'tp-laurentides', name: 'Laurentides Santé' };
const OTHER = { id: 'tp-riviere', name: 'Rivière Logistique' };
const SOURCE = 'e2e-three-people';

const ALARM_NAME = 'tp-cis-unauthorized-api-calls';
const ALARM_TITLE = `${ALARM_NAME} is in ALARM (us-east-1)`;
const TITLE = 'Leaked deploy key used against the client portal API';
const CATEGORY = 'Unauthorized access';
const RUNBOOK = 'Credential leak';

type State = Awaited<ReturnType<typeof signedInState>>;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** A `datetime-local` value in the browser's zone (the same process zone as this test's). */
const localInput = (at: number) => {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * CloudWatch's own "OK → ALARM" event as EventBridge delivers it, moved to a CIS-benchmark alarm
 * on CloudTrail's unauthorized API calls. (An SNS delivery needs a signature AWS's certificate
 * verifies; the e2e server pins none, so the alarm comes in the way the alerts spec sends it.)
 */
const alarmEvent = (at: string) => {
  const event = eventBridgeAlarmFixture();
  event.id = 'tp-0001';
  event.time = at.replace(/\.\d+Z$/, 'Z');
  event.resources = [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${ALARM_NAME}`];
  event.detail.alarmName = ALARM_NAME;
  event.detail.configuration.description = 'CIS 4.1: unauthorized API calls in CloudTrail';
  event.detail.configuration.metrics[0].metricStat.metric = {
    dimensions: {},
    name: 'UnauthorizedAPICalls',
    namespace: 'CloudTrailMetrics',
  };
  event.detail.state.timestamp = at;
  event.detail.state.reason =
    'Threshold Crossed: 1 out of the last 1 datapoints [14.0] was greater than or equal to the threshold (1.0).';
  return event;
};

/** What the client's own applications logged, and the same for another client. */
const clientEvents = (): AuditEventInput[] => [
  ...[1, 2, 3].map((i): AuditEventInput => ({
    id: `tp-laurentides-login-${i}`,
    occurredAt: minutesAgo(90 + i),
    category: 'access',
    action: 'portal.auth.login',
    outcome: 'success',
    actor: { type: 'user', email: `nurse${i}@laurentides.example` },
    organizationId: ORG.id,
    ip: '203.0.113.41',
  })),
  {
    id: 'tp-laurentides-export',
    occurredAt: minutesAgo(40),
    category: 'data',
    action: 'portal.records.export',
    outcome: 'success',
    actor: { type: 'service', id: 'deploy-key-7' },
    organizationId: ORG.id,
    ip: '198.51.100.99',
    metadata: { rows: 340 },
  },
  {
    id: 'tp-riviere-login-1',
    occurredAt: minutesAgo(50),
    category: 'access',
    action: 'portal.auth.login',
    outcome: 'failure',
    actor: { type: 'user', email: 'dispatch@riviere.example' },
    organizationId: OTHER.id,
    ip: '192.0.2.77',
  },
];

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const currentState = (page: Page) => region(page, 'State').locator('[aria-current="step"]');
const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));

const grid = (page: Page) => page.getByRole('grid', { name: 'Audit events, newest first' });
const gridRows = (page: Page) => grid(page).locator('[role=rowgroup] + [role=rowgroup] [role=row]');
const gridColumn = (page: Page, column: number) =>
  gridRows(page).locator(`[role=gridcell]:nth-child(${column})`).allInnerTexts();
const waitForRowCount = (page: Page, expected: number) =>
  page.waitForFunction(
    (n) =>
      document
        .querySelector('[role=grid][aria-label="Audit events, newest first"]')
        ?.getAttribute('aria-rowcount') === String(n + 1),
    expected,
  );
const shownRowCount = async (page: Page) =>
  Number(await grid(page).getAttribute('aria-rowcount')) - 1;

describe('the three people end to end on a freshly seeded instance', () => {
  let browser: Browser;
  let lead: State;
  let dpo: State;
  let auditor: State;
  let clientAuditor: State;
  const tokens: Record<string, string> = {};
  let incidentPath = '';
  let incidentId = '';
  let reference = '';
  let runPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const [adminToken, ingestKey] = await Promise.all([
      createApiToken('admin@localhost', 'e2e three people'),
      createIngestKey(SOURCE, 'e2e three people'),
    ]);
    await api(adminToken, 'POST', '/api/v1/organizations', {
      ...ORG,
      // Québec and EU residents in the data, and the company's 24 h contract with the client.
      jurisdictions: ['CA-QC', 'EU'],
      contacts: [{ name: 'Claire Sécurité', email: 'securite@laurentides.example', role: 'CISO' }],
    });
    await api(adminToken, 'POST', '/api/v1/organizations', {
      ...OTHER,
      jurisdictions: ['CA'],
      contacts: [{ name: 'Rémi Ops', email: 'ops@riviere.example' }],
    });
    const ingested = await ingestEvents(ingestKey, clientEvents());
    expect(ingested).toMatchObject({ accepted: 5, rejected: [] });
    // The alarm fired 25 minutes ago.
    await api(ingestKey, 'POST', '/api/v1/integrations/eventbridge', alarmEvent(minutesAgo(25)));

    await Promise.all([
      createUser(LEAD, 'security_lead', { name: 'Sasha Lead' }),
      createUser(DPO, 'dpo', { name: 'Dominique DPO' }),
      createUser(AUDITOR, 'auditor', { name: 'Ari Auditor' }),
      createUser(CLIENT_AUDITOR, 'client_auditor', {
        organization: ORG.id,
        name: 'Camille Audit',
      }),
    ]);
    // Only to put each account's language back if a test stops halfway (see afterAll).
    await Promise.all(
      [LEAD, DPO, AUDITOR, CLIENT_AUDITOR].map(async (email) => {
        tokens[email] = await createApiToken(email, 'e2e three people');
      }),
    );
    [lead, dpo, auditor, clientAuditor] = await Promise.all(
      [LEAD, DPO, AUDITOR, CLIENT_AUDITOR].map((email) => signedInState(browser, email)),
    );
  }, 300_000); // Ten runs of the CLI, each booting the API's modules, and four sign-ins.

  afterAll(async () => {
    await browser?.close();
    // Each account back to following the browser's language, as it was created.
    for (const token of Object.values(tokens)) {
      await api(token, 'PATCH', '/api/v1/auth/me', { locale: null });
    }
  });

  it('lets the security lead take the alarm to an incident, run its runbook to the end, and close it', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await mainNav(page).getByRole('link', { name: 'Alerts', exact: true }).click();
    await heading(page, 'Alerts').waitFor();
    await settled(page);

    // The CloudWatch alarm waits in the queue: acknowledge it, with a note.
    const queue = page.getByRole('region', { name: 'Queue' });
    const alert = queue.getByRole('row').filter({ hasText: ALARM_TITLE });
    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    const ack = dialog(page, 'Acknowledge alert');
    await ack.getByLabel('Note (optional)').fill('CloudTrail shows calls from a deploy key');
    await ack.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await ack.waitFor({ state: 'detached' });
    await alert.getByText('Acknowledged', { exact: true }).waitFor();

    // Promote it: an incident opens from the alert, and the row links to it.
    await alert.getByRole('button', { name: 'Promote' }).click();
    const promote = dialog(page, 'Promote to an incident');
    expect(await promote.getByLabel('Incident title').inputValue()).toBe(ALARM_TITLE);
    await promote.getByLabel('Incident title').fill(TITLE);
    await promote.getByRole('button', { name: 'Open incident' }).click();
    await promote.waitFor({ state: 'detached' });
    await alert.getByRole('link', { name: 'Incident' }).click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentPath = new URL(page.url()).pathname;
    incidentId = incidentPath.split('/').pop() ?? '';
    await heading(page, TITLE).waitFor();
    reference = /INC-\d+/.exec(await page.locator('main header').first().innerText())?.[0] ?? '';
    expect(reference).toMatch(/^INC-\d+$/);
    await currentState(page).filter({ hasText: 'Detected' }).waitFor();
    await region(page, 'Linked alerts').getByRole('link', { name: ALARM_TITLE }).waitFor();

    // Its facts: a major incident, unauthorized access, at one client.
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = dialog(page, `Edit ${reference}`);
    await edit.getByRole('radio', { name: /^SEV2 · Major/ }).check();
    await edit.getByLabel('Category (optional)').fill(CATEGORY);
    await edit.getByRole('checkbox', { name: new RegExp(ORG.name) }).check();
    await edit
      .getByLabel('Summary')
      .fill(
        'A CI deploy key leaked in a build log was used from 198.51.100.99 against the client portal API; one patient-records export ran.',
      );
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByText(`Affects ${ORG.name}`).waitFor();
    // The client's contractual 24 h clock now runs.
    const contract = region(page, 'Clocks').locator('li[data-rule="CONTRACT_CLIENT_24H"]');
    await contract.waitFor();
    expect(await contract.innerText()).toContain(ORG.name);

    // The category suggests the runbook; the lead starts it from the incident.
    const runbooks = region(page, 'Runbooks');
    await runbooks.getByText(`Those written for ${CATEGORY} are suggested first.`).waitFor();
    await runbooks.getByText('No runbook started').waitFor();
    await runbooks.getByRole('button', { name: 'Start runbook' }).click();
    const start = dialog(page, 'Start a runbook');
    const suggested = start.getByRole('group', { name: 'Suggested runbooks' });
    await suggested.getByRole('radio', { name: new RegExp(`^${RUNBOOK}`) }).check();
    await start.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/runbook-runs\/[0-9a-f-]{36}$/);
    runPath = new URL(page.url()).pathname;
    await heading(page, RUNBOOK).waitFor();
    await page.getByText(`For ${reference}`).waitFor();

    // Every step, in order: Done moves on to the next one. A lead may act for every role.
    const steps = page.getByRole('navigation', { name: 'Steps' }).getByRole('button');
    const total = await steps.count();
    expect(total).toBeGreaterThan(5);
    for (let i = 0; i < total; i++) {
      const title = (await steps.nth(i).locator('.step-nav__title').innerText())
        .replace(/^Step \d+:\s*/, '')
        .trim();
      const step = region(page, title);
      await step.getByText(`Step ${i + 1} of ${total}`).waitFor();
      await step.getByRole('button', { name: /^Done/ }).click();
      await steps.nth(i).getByText('Done', { exact: true }).waitFor();
    }
    expect(await region(page, 'Progress').innerText()).toMatch(
      new RegExp(`\\b${total}\\s*/\\s*${total}\\b`),
    );

    await page.getByRole('button', { name: 'Finish run' }).click();
    const finish = dialog(page, 'Finish run');
    expect(await finish.getByText(/still open/).count()).toBe(0);
    await finish.getByRole('button', { name: 'Finish run' }).click();
    await finish.waitFor({ state: 'detached' });
    const result = region(page, 'Recovered');
    await result.waitFor();
    expect(await result.innerText()).toMatch(/RTO met/i);
    expect(await page.getByRole('button', { name: 'Finish run' }).count()).toBe(0);

    // Back on the incident: the run is there, settled; then the lifecycle to the end.
    await page.getByRole('link', { name: reference, exact: true }).click();
    await heading(page, TITLE).waitFor();
    await region(page, 'Runbooks')
      .getByRole('listitem')
      .filter({ hasText: RUNBOOK })
      .getByText(`${total} of ${total} done`)
      .waitFor();
    const moves = [
      ['Start triage', 'Triage'],
      ['Mark contained', 'Contained'],
      ['Mark eradicated', 'Eradicated'],
      ['Mark recovered', 'Recovered'],
      ['Close', 'Closed'],
    ] as const;
    for (const [action, state] of moves) {
      await region(page, 'State').getByRole('button', { name: action, exact: true }).click();
      const move = dialog(page, `Move ${reference}`);
      await move.getByLabel('Note (optional)').fill(`${state}, per the ${RUNBOOK} runbook.`);
      // The dialog's own close button is "Close" too: the move is the one that submits.
      await move
        .getByRole('button', { name: action, exact: true })
        .and(move.locator('[type="submit"]'))
        .click();
      await move.waitFor({ state: 'detached' });
      await currentState(page).filter({ hasText: state }).waitFor();
    }
    await region(page, 'State').getByText('Closed: the incident is over.').waitFor();
    expect(
      await region(page, 'State')
        .getByRole('button', { name: /Start triage|Mark|Close|Reopen|False positive/ })
        .count(),
    ).toBe(0);
    const timeline = region(page, 'Timeline').getByRole('list', { name: 'Timeline, newest first' });
    await timeline.getByText(/Recovered → Closed/).waitFor();
    expect(await timeline.innerText()).toMatch(new RegExp(`${RUNBOOK} finished`));

    expectNoProblems(problems);
    await context.close();
  }, 300_000);

  it('lets the DPO assess the breach, send the client notice, and find it in the register', async () => {
    const { page, context, problems } = await openSignedIn(browser, dpo);
    await page.goto('/');
    await mainNav(page).getByRole('link', { name: 'Incidents', exact: true }).click();
    await heading(page, 'Incidents').waitFor();
    // Closed incidents are history: the DPO asks for them.
    await page.getByLabel('Status', { exact: true }).selectOption('closed');
    await page.waitForURL((url) => url.searchParams.get('status') === 'closed');
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByText('Closed', { exact: true }).waitFor();
    await row.getByRole('link', { name: TITLE }).click();
    await page.waitForURL((url) => url.pathname === incidentPath);
    await heading(page, TITLE).waitFor();

    // The assessment: personal information, controller, Québec serious injury and GDPR high risk.
    const assessment = region(page, 'Privacy assessment');
    const form = assessment.getByRole('form', { name: 'Privacy assessment' });
    await form.getByRole('checkbox', { name: /^Personal information is involved/ }).check();
    await form.getByRole('radio', { name: /^Controller/ }).check();
    await form.getByLabel('Aware since').fill(localInput(Date.now() - 20 * 60_000));
    await form
      .getByLabel('Rationale')
      .fill(
        'Names, health-card numbers and appointment notes of patients were exported by an unknown party with a leaked key: misuse is likely and the information is sensitive.',
      );
    await form.getByRole('checkbox', { name: /^Québec — risk of serious injury/ }).check();
    await form.getByRole('radio', { name: /^High risk/ }).check();
    await form
      .getByLabel('Person in charge of the protection of personal information consulted')
      .fill('Dominique DPO, privacy officer');
    await form.getByLabel('Persons', { exact: true }).fill('340');
    await form.getByLabel('Of whom in Québec').fill('310');
    await form.getByLabel('In the EU').fill('30');
    await form.getByLabel('Records').fill('340');
    await form
      .getByLabel('Personal information concerned')
      .fill('Names, health-card numbers, appointment notes');
    await form.getByLabel('Likely consequences').fill('Identity theft; targeted phishing');
    await form
      .getByLabel('Measures taken')
      .fill('Key revoked, export endpoint rate-limited, build logs purged');
    await form
      .getByLabel('What people can do')
      .fill('Watch for messages asking for your health-card number');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    const saved = assessment.getByRole('status').filter({ hasText: 'Assessment saved' });
    await saved.getByText(/Assessment saved as version 1/).waitFor();
    const added = await saved.innerText();
    for (const rule of ['QC_CAI', 'QC_PERSONS', 'GDPR_SA']) expect(added).toContain(rule);
    expect(await assessment.innerText()).toMatch(/Version 1, by dominique\.dpo@three-people\.test/);

    // The client notice: prepared from the record, every gap written out, then recorded as sent.
    const duties = region(page, 'Notification duties');
    const clientDuty = duties.getByRole('row').filter({ hasText: 'CONTRACT_CLIENT_24H' });
    await clientDuty.getByRole('button', { name: 'Prepare notice' }).click();
    const notice = dialog(page, 'Notify the affected client');
    await notice.getByRole('region', { name: 'Content the law asks for' }).waitFor();
    const text = notice.getByLabel('Text', { exact: true });
    const template = await text.inputValue();
    expect(template).toContain(reference);
    expect(template).toContain(ORG.name);
    await text.fill(
      template.replace(
        /\[\[to complete: ?[^\]]*\]\]/g,
        'Dominique DPO, privacy@vigil.example, +1 514 555 0142',
      ),
    );
    expect(await notice.getByText(/gaps? (is|are) still in the text/).count()).toBe(0);
    await notice.getByLabel('Recipient').fill('Claire Sécurité <securite@laurentides.example>');
    await notice.getByRole('button', { name: 'Save draft' }).click();
    await notice.getByText(/^Draft saved/).waitFor();
    await notice.getByRole('button', { name: 'Review' }).click();
    expect(await notice.getByLabel('Notice text').innerText()).toContain(ORG.name);
    await notice.getByRole('button', { name: 'Continue to mark as sent' }).click();
    await notice.getByLabel('Channel').selectOption('email');
    // Within the 24 h: no reasons for a delay are asked for.
    expect(await notice.getByLabel('Reasons for the delay').count()).toBe(0);
    await notice.getByRole('button', { name: 'Mark as sent' }).click();
    await notice.getByText('Notice recorded as sent').waitFor();
    expect(await notice.getByLabel('Content SHA-256').innerText()).toMatch(/^[0-9a-f]{64}$/);
    await notice.getByRole('button', { name: 'Close' }).last().click();
    await notice.waitFor({ state: 'detached' });
    await clientDuty.getByRole('button', { name: 'View notice' }).waitFor();
    expect(await clientDuty.getByRole('button', { name: 'Prepare notice' }).count()).toBe(0);

    // The breach register lists it, with the client notice.
    await mainNav(page).getByRole('link', { name: 'Deadlines', exact: true }).click();
    await heading(page, 'Deadlines').waitFor();
    await page
      .getByRole('navigation', { name: 'Deadlines sections' })
      .getByText('Breach register')
      .click();
    await heading(page, 'Breach register').waitFor();
    const entry = page.locator(`tr[data-incident-id="${incidentId}"]`);
    await entry.waitFor();
    const entryText = await entry.innerText();
    expect(entryText).toContain(reference);
    expect(entryText).toContain(TITLE);
    expect(entryText).toContain('Québec serious injury: yes');
    expect(entryText).toContain('CONTRACT_CLIENT_24H');
    expect(entryText).toMatch(/340 persons \(310 in Québec\)/);

    expectNoProblems(problems);
    await context.close();
  }, 240_000);

  it('lets an auditor filter the audit log, export it, and verify the chain', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor);
    await page.goto('/');
    await mainNav(page).getByRole('link', { name: 'Audit log', exact: true }).click();
    await heading(page, 'Audit log').waitFor();
    await grid(page).waitFor();

    // What happened to the incident, from Vigil's own log: its events carry its title.
    await page.getByLabel('Action').fill('incident.*');
    await page.getByLabel('Text', { exact: true }).fill(TITLE);
    await page.waitForURL(
      (url) =>
        url.searchParams.get('action') === 'incident.*' && url.searchParams.get('q') === TITLE,
    );
    // Opened, edited, moved five times, assessed.
    await waitForRowCount(page, 8);
    const actions = (await gridColumn(page, 3)).map((a) => a.split(/\s/)[0]);
    expect(actions.toSorted()).toEqual([
      'incident.assessment',
      'incident.open',
      'incident.transition',
      'incident.transition',
      'incident.transition',
      'incident.transition',
      'incident.transition',
      'incident.update',
    ]);
    // Newest first: the assessment came last.
    expect(actions[0]).toBe('incident.assessment');
    await page.getByLabel('Text', { exact: true }).fill('');

    // Narrowed to the DPO: the assessment alone.
    await page.getByLabel('Actor', { exact: true }).fill(DPO);
    await page.waitForURL((url) => url.searchParams.get('actor') === DPO);
    await waitForRowCount(page, 1);
    expect((await gridColumn(page, 3))[0]).toMatch(/^incident\.assessment/);
    await gridRows(page).first().click();
    const drawer = page.getByRole('dialog', { name: 'incident.assessment' });
    await drawer.getByRole('heading', { name: 'Chain position' }).waitFor();
    const event = JSON.parse(await drawer.getByLabel('Event JSON').innerText()) as {
      target: { id: string };
      actor: { email: string };
    };
    expect(event).toMatchObject({ target: { id: incidentId }, actor: { email: DPO } });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // Export what the filters show: the lead's moves of the incident, one line each.
    await page.getByLabel('Actor', { exact: true }).fill(LEAD);
    await page.getByLabel('Action').fill('incident.transition');
    await page.waitForURL(
      (url) =>
        url.searchParams.get('actor') === LEAD &&
        url.searchParams.get('action') === 'incident.transition',
    );
    await waitForRowCount(page, 5);
    const shown = await shownRowCount(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export NDJSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^vigil-audit-.*\.ndjson$/);
    const exported = readFileSync(await download.path(), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string; actor: { email: string } });
    expect(exported).toHaveLength(shown);
    for (const e of exported) expect(e).toMatchObject({ action: 'incident.transition' });
    expect(new Set(exported.map((e) => e.actor.email))).toEqual(new Set([LEAD]));
    await page.getByText(new RegExp(`Export saved: ${shown} rows`)).waitFor();

    // The chain holds.
    const integrity = region(page, 'Integrity');
    await integrity.getByRole('button', { name: 'Verify integrity' }).click();
    await integrity.getByText(/Chain intact: [\d,]+ events checked/).waitFor();

    expectNoProblems(problems);
    await context.close();
  }, 180_000);

  it("shows a client's auditor only its own organization, and nothing of incidents or other clients", async () => {
    const { page, context, problems } = await openSignedIn(browser, clientAuditor);
    await page.goto('/');
    // The console's overview is not theirs: they land on the audit log.
    await page.waitForURL((url) => url.pathname === '/audit');
    await heading(page, 'Audit log').waitFor();
    expect((await mainNav(page).getByRole('link').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Audit log',
      'Organization',
    ]);
    expect(await page.getByLabel('Organization', { exact: true }).count()).toBe(0);

    // Their client's events, by name, and none of the other client's.
    await gridRows(page).filter({ hasText: 'portal.records.export' }).first().waitFor();
    await gridRows(page)
      .locator('[role=gridcell]:nth-child(5)', { hasText: ORG.name })
      .first()
      .waitFor();
    expect(new Set(await gridColumn(page, 5))).toEqual(new Set([ORG.name]));
    expect(await gridRows(page).filter({ hasText: 'dispatch@riviere.example' }).count()).toBe(0);
    await page.getByLabel('Action').fill('portal.*');
    await waitForRowCount(page, 4);
    expect(new Set(await gridColumn(page, 5))).toEqual(new Set([ORG.name]));

    // Their organization's page.
    await mainNav(page).getByRole('link', { name: 'Organization', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/organizations/${ORG.id}`);
    await heading(page, ORG.name).waitFor();

    // Another client's page does not exist for them.
    await page.goto(`/organizations/${OTHER.id}`);
    await page.getByText('No such organization').waitFor();
    expect(await page.getByText(OTHER.name).count()).toBe(0);

    // Incidents are not theirs: not in the navigation, refused by address.
    for (const path of ['/incidents', incidentPath]) {
      await page.goto(path);
      await heading(page, 'Not available').waitFor();
      await page.getByText('This page is not available to your role').waitFor();
      expect(await page.getByText(TITLE).count()).toBe(0);
    }
    expect(await mainNav(page).getByRole('link', { name: 'Incidents' }).count()).toBe(0);

    // The organization asked for is not theirs to see: the API answers 404.
    expectNoProblems(problems, [/status of 404/]);
    await context.close();
  }, 180_000);

  /** The pages the DPO and an auditor both work in. */
  const oversightPages = (): [name: string, path: () => string][] => [
    ['overview', () => '/'],
    ['incidents', () => '/incidents?all=1'],
    ['incident', () => incidentPath],
    ['runbook-run', () => runPath],
    ['deadlines', () => '/deadlines?view=all'],
    ['register', () => '/deadlines/register'],
    ['audit-log', () => '/audit'],
    ['organization', () => `/organizations/${ORG.id}`],
    ['continuity', () => '/continuity'],
  ];

  /**
   * Each person's pages in both themes and both languages; the language is switched with the top
   * bar's menu (saved to the account, which wins on the next load), and back to English after.
   */
  const shootEveryPage = async (
    state: State,
    person: string,
    pages: [name: string, path: () => string][],
  ) => {
    const { page, context, problems } = await openSignedIn(browser, state, {
      colorScheme: 'dark',
    });
    const saved: string[] = [];
    const shootAll = async (language: Language) => {
      for (const [name, path] of pages) {
        saved.push(...(await saveInBothThemes(page, person, name, path(), language)));
      }
    };
    await page.goto(pages[0][1]());
    await page.locator('main h1').first().waitFor();
    expect(await currentLanguage(page)).toBe('en');
    await shootAll('en');

    await switchLanguage(page, 'en', 'fr-CA');
    // The navigation speaks French, and the account keeps the choice across a load.
    const frenchNav = page.getByRole('navigation', { name: 'Principale' });
    await frenchNav.getByRole('link', { name: 'Journal d’audit', exact: true }).waitFor();
    await page.reload();
    await page.locator('main h1').first().waitFor();
    expect(await currentLanguage(page)).toBe('fr-CA');
    await frenchNav.getByRole('link', { name: 'Journal d’audit', exact: true }).waitFor();
    expect(await mainNav(page).count()).toBe(0);
    await shootAll('fr-CA');

    await switchLanguage(page, 'fr-CA', 'en');
    await page.reload();
    await mainNav(page).getByRole('link', { name: 'Audit log', exact: true }).waitFor();
    expect(await currentLanguage(page)).toBe('en');

    expect(saved).toHaveLength(pages.length * 4);
    for (const file of saved) expectPng(file);
    expectNoProblems(problems);
    await context.close();
  };

  it(
    "saves the security lead's pages in both themes and both languages",
    () =>
      shootEveryPage(lead, 'security-lead', [
        ['overview', () => '/'],
        ['incidents', () => '/incidents?all=1'],
        ['incident', () => incidentPath],
        ['alerts', () => '/alerts'],
        ['runbook-run', () => runPath],
        ['deadlines', () => '/deadlines?view=all'],
        ['audit-log', () => '/audit'],
        ['organization', () => `/organizations/${ORG.id}`],
        ['continuity', () => '/continuity'],
        ['settings', () => '/settings'],
      ]),
    600_000,
  );

  it(
    "saves the DPO's pages in both themes and both languages",
    () => shootEveryPage(dpo, 'dpo', oversightPages()),
    600_000,
  );

  it(
    "saves the auditor's pages in both themes and both languages",
    () => shootEveryPage(auditor, 'auditor', oversightPages()),
    600_000,
  );

  it(
    "saves the client auditor's pages in both themes and both languages",
    () =>
      shootEveryPage(clientAuditor, 'client-auditor', [
        ['audit-log', () => '/audit'],
        ['organization', () => `/organizations/${ORG.id}`],
      ]),
    300_000,
  );

  it('saves the printable incident report as a PDF in English and in French', async () => {
    const { page, context, problems } = await openSignedIn(browser, dpo);
    await page.goto(incidentPath);
    await heading(page, TITLE).waitFor();
    const reports = [
      ['en', 'Printable report', `Incident report ${reference}: ${TITLE}`, 'en'],
      ['fr', 'Rapport en français', `Rapport d'incident ${reference}: ${TITLE}`, 'fr-CA'],
    ] as const;
    for (const [language, link, title, lang] of reports) {
      const [report] = await Promise.all([
        context.waitForEvent('page'),
        page.getByRole('link', { name: link, exact: true }).click(),
      ]);
      await report.waitForLoadState();
      expect(new URL(report.url()).searchParams.get('lang')).toBe(language);
      await report.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await report.evaluate(() => document.documentElement.lang)).toBe(lang);
      // The client it affects is named among the duties.
      expect(await report.locator('body').innerText()).toContain(ORG.name);
      await report.pdf({ path: pdfPath(language), format: 'A4', printBackground: true });
      expectPdf(pdfPath(language));
      await report.close();
    }
    expectNoProblems(problems);
    await context.close();
  }, 180_000);
});
