import type { Browser, Page } from 'playwright-core';
import { api, ingestEvents } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

const LEAD = 'ines.lead@example.test';
const DPO = 'dora.dpo@example.test';
const RESPONDER = 'ravi.responder@example.test';
const SOURCE = 'e2e-incidents';
const ORG = { id: 'northwind-e2e', name: 'Northwind Clinics' };
const TITLE = 'Patient export downloaded from an unknown IP';
const NOTE = 'Export token revoked; the IP is on a hosting provider in another country.';
const EVENT_ID = 'evt-export-0042';

type State = Awaited<ReturnType<typeof signedInState>>;

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });
const clockTile = (page: Page, rule: string) =>
  region(page, 'Clocks').locator(`li[data-rule="${rule}"]`);

/** A `datetime-local` value in the browser's zone (the same process zone as this test's). */
const localInput = (at: number) => {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

describe('incidents', () => {
  let browser: Browser;
  let lead: State;
  let dpo: State;
  let responder: State;
  let incidentPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const [adminToken, ingestKey] = await Promise.all([
      createApiToken('admin@localhost', 'e2e incidents'),
      createIngestKey(SOURCE, 'e2e incidents'),
    ]);
    await api(adminToken, 'POST', '/api/v1/organizations', {
      ...ORG,
      // An EU client: the GDPR rules apply once the DPO finds a risk.
      jurisdictions: ['EU'],
      contacts: [{ name: 'Nora Privacy', email: 'privacy@northwind.test', role: 'DPO' }],
    });
    await ingestEvents(ingestKey, [
      {
        id: EVENT_ID,
        occurredAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
        category: 'data',
        action: 'data.export',
        outcome: 'success',
        actor: { type: 'user', email: 'mallory@e2e.test' },
        organizationId: ORG.id,
        ip: '203.0.113.77',
        metadata: { rows: 1200 },
      },
    ]);
    await createUser(LEAD, 'security_lead', { name: 'Ines Lead' });
    await createUser(DPO, 'dpo', { name: 'Dora DPO' });
    await createUser(RESPONDER, 'responder', { name: 'Ravi Responder' });
    lead = await signedInState(browser, LEAD);
    dpo = await signedInState(browser, DPO);
    responder = await signedInState(browser, RESPONDER);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a security lead open an incident for a client, move it to triage and add a note', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/incidents');
    await heading(page, 'Incidents').waitFor();
    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
    await screenshotBothThemes(page, 'incidents-list-before');

    await page.getByRole('button', { name: 'Open incident' }).first().click();
    const open = dialog(page, 'Open incident');
    await open.getByLabel('Title').fill(TITLE);
    // The severity is chosen against its definition.
    const sev2 = open.getByRole('radio', { name: /^SEV2 · Major/ });
    expect(await open.getByText(/Suspected exposure of one client/).count()).toBe(1);
    await sev2.check();
    await open.getByLabel('Category (optional)').fill('Data exposure');
    // Without the user list (admins only), the lead is "me".
    expect(await open.getByLabel('Lead').inputValue()).not.toBe('');
    await open.getByRole('checkbox', { name: new RegExp(ORG.name) }).check();
    await open.getByLabel('Summary (optional)').fill('Found by the nightly export review.');
    await screenshotBothThemes(page, 'incident-open-dialog', { fullPage: false });
    await open.getByRole('button', { name: 'Open incident' }).click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}$/);
    incidentPath = new URL(page.url()).pathname;
    await heading(page, TITLE).waitFor();

    // The client's 24 h contractual clock runs from detection (no awareness time yet).
    const client = clockTile(page, 'CONTRACT_CLIENT_24H');
    await client.waitFor();
    expect(await client.innerText()).toMatch(/Contractual deadline/i);
    expect(await client.innerText()).toMatch(/2[34] h \d\d min left/);
    expect(await client.innerText()).toContain(ORG.name);
    expect(await region(page, 'State').locator('[aria-current="step"]').innerText()).toContain(
      'Detected',
    );

    // Detected → triage, with a note on the move.
    await region(page, 'State').getByRole('button', { name: 'Start triage' }).click();
    const move = dialog(page, /^Move INC-\d+$/);
    await move.getByLabel('Note (optional)').fill('Taking it.');
    await move.getByRole('button', { name: 'Start triage' }).click();
    await move.waitFor({ state: 'detached' });
    await region(page, 'State')
      .locator('[aria-current="step"]')
      .filter({ hasText: 'Triage' })
      .waitFor();
    // Triage is stamped; the next moves are offered.
    await region(page, 'State').getByRole('button', { name: 'Mark contained' }).waitFor();

    // A note lands on the timeline, with the move before it.
    const timeline = region(page, 'Timeline');
    await timeline.getByLabel('Add a note').fill(NOTE);
    await timeline.getByRole('button', { name: 'Add note' }).click();
    const entries = timeline.getByRole('list', { name: 'Timeline, newest first' });
    await entries.getByText(NOTE).waitFor();
    expect(await timeline.getByLabel('Add a note').inputValue()).toBe('');
    const text = await entries.innerText();
    expect(text).toMatch(/Note\s+by you/);
    expect(text).toMatch(/Detected → Triage/);
    expect(text).toContain('Taking it.');
    expect(text.indexOf(NOTE)).toBeLessThan(text.indexOf('Detected → Triage'));

    // Evidence: an audit event copied in with its hash.
    const evidence = region(page, 'Evidence');
    await evidence.getByRole('button', { name: 'Link audit event' }).click();
    const link = dialog(page, 'Link an audit event');
    await link.getByLabel('Source').fill(SOURCE);
    await link.getByLabel('Event id').fill(EVENT_ID);
    await link.getByRole('button', { name: 'Link event' }).click();
    await link.waitFor({ state: 'detached' });
    const row = evidence.getByRole('row').filter({ hasText: EVENT_ID });
    await row.waitFor();
    expect(await row.innerText()).toContain('data.export');
    await row.getByRole('button', { name: `Show the JSON of ${SOURCE} ${EVENT_ID}` }).click();
    const json = JSON.parse(await evidence.getByLabel('Event JSON').innerText()) as {
      metadata?: { rows?: number };
    };
    expect(json.metadata?.rows).toBe(1200);
    await page.mouse.move(4, 4);
    await screenshotBothThemes(page, 'incident-page-lead');

    // Back on the list: the incident with its next deadline counting down.
    await page.getByRole('link', { name: 'All incidents' }).click();
    // Shown from the cache at once, then refreshed: wait for the move to show.
    const listed = page.getByRole('row').filter({ hasText: TITLE }).filter({ hasText: 'Triage' });
    await listed.waitFor();
    expect(await listed.innerText()).toMatch(/INC-\d+/);
    // The next deadline of any kind (a response target may come first), counting down.
    expect(await listed.innerText()).toMatch(/(Legal|Target)\s[\s\S]* left\s/);
    await screenshotBothThemes(page, 'incidents-list');

    expectNoProblems(problems);
    await context.close();
  });

  it('lets a DPO assess GDPR high risk as controller, which starts the 72 h and data-subject clocks', async () => {
    const { page, context, problems } = await openSignedIn(browser, dpo);
    await page.goto(incidentPath);
    await heading(page, TITLE).waitFor();
    const assessment = region(page, 'Privacy assessment');
    const form = assessment.getByRole('form', { name: 'Privacy assessment' });
    await form.waitFor();
    expect(await clockTile(page, 'GDPR_SA').count()).toBe(0);

    await form.getByRole('checkbox', { name: /^Personal information is involved/ }).check();
    await form.getByRole('radio', { name: /^Controller/ }).check();
    await form.getByLabel('Aware since').fill(localInput(Date.now() - 60 * 60_000));
    await form.getByRole('radio', { name: /^High risk/ }).check();
    // Saving without the required answers says which ones are missing.
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await form.getByText(/answers need attention/).waitFor();
    await form
      .getByLabel('Rationale')
      .fill(
        'Names and health-plan numbers of patients; downloaded by an unknown party, misuse likely.',
      );
    await form
      .getByLabel('Person in charge of the protection of personal information consulted')
      .fill('Dora DPO');
    await form.getByLabel('In the EU').fill('1 200');
    await form.getByRole('radio', { name: /^High risk/ }).scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, 'incident-assessment-form', { fullPage: false });
    await form.getByRole('button', { name: 'Save assessment' }).click();

    // The duties are re-derived: what was added is said, and the clocks appear.
    const saved = assessment.getByText(/Assessment saved as version 1/);
    await saved.waitFor();
    const changes = await assessment
      .getByRole('status')
      .filter({ hasText: 'Assessment saved' })
      .innerText();
    expect(changes).toContain('GDPR_SA');
    expect(changes).toContain('GDPR_DATA_SUBJECTS');
    expect(await assessment.getByRole('button', { name: 'Save assessment' }).count()).toBe(0);
    expect(await assessment.innerText()).toMatch(/Version 1, by dora\.dpo@example\.test/);

    const sa = clockTile(page, 'GDPR_SA');
    await sa.waitFor();
    expect(await sa.innerText()).toMatch(/Legal deadline/i);
    expect(await sa.innerText()).toContain('72 h');
    expect(await sa.innerText()).toMatch(/7[01] h \d\d min left/);
    const subjects = clockTile(page, 'GDPR_DATA_SUBJECTS');
    expect(await subjects.innerText()).toMatch(/Internal target/i);
    expect(await subjects.innerText()).toContain('not a legal deadline');

    // Each notice can be prepared from the duties table.
    const duties = region(page, 'Notification duties');
    await duties
      .getByRole('row')
      .filter({ hasText: 'GDPR_SA' })
      .getByRole('button', { name: 'Prepare notice' })
      .click();
    const notice = page.getByRole('dialog', { name: /supervisory authority/i });
    await notice.waitFor();
    await page.waitForFunction(() => !document.querySelector('dialog [aria-busy="true"]'));
    await page.keyboard.press('Escape');
    await notice.waitFor({ state: 'detached' });
    const timeline = region(page, 'Timeline');
    await timeline.getByText('Notification duties re-derived').first().waitFor();
    await page.mouse.move(4, 4);
    await screenshotBothThemes(page, 'incident-page-dpo');

    expectNoProblems(problems);
    await context.close();
  });

  it('shows a responder the assessment without a way to change it', async () => {
    const { page, context, problems } = await openSignedIn(browser, responder);
    await page.goto(incidentPath);
    await heading(page, TITLE).waitFor();
    const assessment = region(page, 'Privacy assessment');
    await assessment.getByText('High risk').waitFor();
    expect(await assessment.getByRole('button', { name: 'Save assessment' }).count()).toBe(0);
    expect(await assessment.getByRole('button', { name: 'Edit assessment' }).count()).toBe(0);
    expect(
      await region(page, 'Notification duties')
        .getByRole('button', { name: 'Prepare notice' })
        .count(),
    ).toBe(0);
    // A responder works the incident: moves and notes are theirs.
    await region(page, 'State').getByRole('button', { name: 'Mark contained' }).waitFor();
    await region(page, 'Timeline').getByLabel('Add a note').waitFor();
    expect(await page.getByRole('button', { name: 'Edit', exact: true }).count()).toBe(0);

    expectNoProblems(problems);
    await context.close();
  });
});
