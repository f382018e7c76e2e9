import type { Browser, Page } from 'playwright-core';
import { api } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

const LEAD = 'lena.lead@runbooks.test';
const RESPONDER = 'rui.responder@runbooks.test';
const INCIDENT = 'Orders table truncated by a faulty migration';
const RDS = 'RDS point-in-time recovery';
const BLOCKER = 'No access to the RDS console: waiting for the break-glass role.';

type State = Awaited<ReturnType<typeof signedInState>>;

const region = (page: Page, name: string | RegExp) =>
  page.getByRole('region', { name, exact: typeof name === 'string' ? true : undefined });
const dialog = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

/** A `datetime-local` value in the browser's zone (the same process zone as this test's). */
const localInput = (at: number) => {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The step shown big, by its title. */
const focused = (page: Page, title: string) =>
  page.getByRole('region', { name: title, exact: true });

describe('runbooks', () => {
  let browser: Browser;
  let lead: State;
  let responder: State;
  let incidentId = '';
  let stepCount = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(LEAD, 'security_lead', { name: 'Lena Lead' });
    await createUser(RESPONDER, 'responder', { name: 'Rui Responder' });
    const leadToken = await createApiToken(LEAD, 'e2e runbooks');
    const incident = await api<{ id: string }>(leadToken, 'POST', '/api/v1/incidents', {
      title: INCIDENT,
      severity: 'SEV2',
      category: 'Data loss',
    });
    incidentId = incident.id;
    // The starter library a fresh database gets: the RDS runbook is found by its title.
    const drp = await api<{ items: { title: string; steps: unknown[] }[] }>(
      leadToken,
      'GET',
      '/api/v1/runbooks?kind=DRP',
    );
    stepCount = drp.items.find((r) => r.title === RDS)?.steps.length ?? 0;
    expect(stepCount).toBeGreaterThan(4);
    lead = await signedInState(browser, LEAD);
    responder = await signedInState(browser, RESPONDER);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a responder run the DRP runbook from a Data loss incident, step by step, onto its timeline', async () => {
    const { page, context, problems } = await openSignedIn(browser, responder);
    await page.goto(`/incidents/${incidentId}`);
    await heading(page, INCIDENT).waitFor();

    // The incident's category suggests the RDS runbook first.
    const section = region(page, 'Runbooks');
    await section.getByText('No runbook started').waitFor();
    await section.getByRole('button', { name: 'Start runbook' }).click();
    const start = dialog(page, 'Start a runbook');
    const suggested = start.getByRole('group', { name: 'Suggested runbooks' });
    await suggested.getByRole('radio', { name: new RegExp(RDS) }).check();
    await start.getByText(/RTO 48 h · RPO 24 h/).waitFor();
    const backupAt = Date.now() - 6 * 3600_000;
    await start.getByLabel('Last good backup (optional)').fill(localInput(backupAt));
    await screenshotBothThemes(page, 'runbook-start-dialog', { fullPage: false });
    await start.getByRole('button', { name: 'Start run' }).click();
    await page.waitForURL(/\/runbook-runs\/[0-9a-f-]{36}$/);
    const runPath = new URL(page.url()).pathname;
    await heading(page, RDS).waitFor();

    // The clocks: RTO running against 48 h, 6 h of data at risk against 24 h.
    const rto = region(page, 'Recovery time');
    expect(await rto.innerText()).toMatch(/RTO\s*48 h/i);
    expect(await rto.innerText()).toContain('Running');
    expect(await rto.innerText()).toMatch(/4[78] h \d\d min left/);
    const rpo = region(page, 'Data at risk');
    expect(await rpo.innerText()).toMatch(/RPO\s*24 h/i);
    // The backup time was picked to the minute: 6 h and up to a minute more.
    expect(await rpo.innerText()).toMatch(/\b6 h 0[01] min\b/);
    expect(await rpo.innerText()).toContain('Within RPO');

    // Step 1 is the security lead's: the responder starts on the first step that is theirs.
    const steps = page.getByRole('navigation', { name: 'Steps' });
    await focused(page, 'Stop the damage').waitFor();
    await focused(page, 'Stop the damage').getByRole('button', { name: /^Done/ }).click();
    // Done moves on to the next step, which the keyboard settles too.
    await focused(page, 'Find the exact moment to restore to').waitFor();
    await page.keyboard.press('d');
    const check = focused(page, 'Check the restore window');
    await check.waitFor();
    await check.getByRole('button', { name: /^Blocked/ }).click();
    await check.getByLabel('What blocks this step?').fill(BLOCKER);
    await check.getByRole('button', { name: 'Mark blocked' }).click();
    await focused(page, 'Record the recovery point').waitFor();
    await steps.getByRole('button', { name: /Check the restore window\s*Blocked/ }).waitFor();
    const list = await steps.innerText();
    expect(list).toMatch(/Stop the damage\s*Done · Rui Responder/);
    expect(list).toMatch(/Find the exact moment to restore to\s*Done · Rui Responder/);
    expect(await region(page, 'Progress').innerText()).toMatch(
      new RegExp(`2\\s*/\\s*${stepCount}\\b`),
    );
    // Step 1 stays the lead's: the responder is told why it offers no buttons.
    await steps.getByRole('button', { name: /Record the disruption start/ }).click();
    await focused(page, 'Record the disruption start')
      .getByText(/This step is for the security lead/)
      .waitFor();
    await page.keyboard.press('j');
    await focused(page, 'Stop the damage').waitFor();
    await page.mouse.move(4, 4);
    await screenshotBothThemes(page, 'runbook-run-in-progress');

    // The incident shows the run and, on its timeline, each step with who did it.
    await page.getByRole('link', { name: /^INC-\d+$/ }).click();
    await heading(page, INCIDENT).waitFor();
    const run = region(page, 'Runbooks').getByRole('listitem').filter({ hasText: RDS });
    await run.getByText(`2 of ${stepCount} done · 1 blocked`).waitFor();
    await region(page, 'Runbooks').scrollIntoViewIfNeeded();
    await screenshotBothThemes(page, 'incident-runbooks', { fullPage: false });
    const timeline = region(page, 'Timeline').getByRole('list', { name: 'Timeline, newest first' });
    await timeline.getByText(/step 4 "Check the restore window" blocked/).waitFor();
    const text = await timeline.innerText();
    expect(text).toContain(BLOCKER);
    expect(text).toMatch(/step 2 "Stop the damage" done/);
    expect(text).toMatch(/step 3 "Find the exact moment to restore to" done/);
    expect(text).toMatch(new RegExp(`Started runbook "${RDS}"`));
    expect(text).toMatch(/by you/);

    // Finishing records the achieved RTO and RPO against 48 h and 24 h.
    await page.goto(runPath);
    await heading(page, RDS).waitFor();
    await page.getByRole('button', { name: 'Finish run' }).click();
    const finish = dialog(page, 'Finish run');
    await finish.getByText(/steps are still open/).waitFor();
    expect(await finish.getByLabel('Recovery point used (optional)').inputValue()).toBe(
      localInput(backupAt),
    );
    await finish
      .getByRole('status')
      .getByText(/RTO:.*of 48 h/)
      .waitFor();
    await finish.getByRole('button', { name: 'Finish run' }).click();
    await finish.waitFor({ state: 'detached' });
    const result = region(page, 'Recovered');
    await result.waitFor();
    const achieved = await result.innerText();
    expect(achieved).toMatch(/Achieved RTO\s*\d+ min( \d\d s)?\s*target 48 h\s*RTO met/i);
    expect(achieved).toMatch(/Achieved RPO\s*6 h 0[01] min\s*target 24 h\s*RPO met/i);
    await page.mouse.move(4, 4);
    await screenshotBothThemes(page, 'runbook-run-finished');

    await page.goto(`/incidents/${incidentId}`);
    await region(page, 'Timeline')
      .getByText(new RegExp(`${RDS} finished: recovered in .*RTO 48 h met.*RPO 24 h met`))
      .waitFor();

    expectNoProblems(problems);
    await context.close();
  });

  it('lets a security lead write a runbook, save a second version and see what changed', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/runbooks');
    await heading(page, 'Runbooks').waitFor();
    // The library: filter by kind and search within it.
    await page.getByRole('radiogroup', { name: 'Kind' }).getByText('DRP').click();
    await page.getByLabel('Search').fill('point-in-time');
    await page.getByRole('table').getByRole('link', { name: RDS }).waitFor();
    await screenshotBothThemes(page, 'runbooks-library');

    await page.getByRole('link', { name: 'New runbook' }).click();
    await heading(page, 'New runbook').waitFor();
    const form = page.getByRole('form', { name: 'Runbook' });
    await form.getByLabel('Title', { exact: true }).fill('Laptop stolen');
    await form.getByRole('radio', { name: /^IR · Incident response/ }).check();
    await form.getByRole('checkbox', { name: 'Lost or stolen device' }).check();
    await form.getByLabel('Step 1 title').fill('Lock the device');
    await form
      .getByLabel('Step 1 instructions', { exact: true })
      .fill('Use **MDM** to lock it:\n\n- Intune\n- Jamf');
    await form
      .getByRole('group', { name: 'Step 1 instructions: mode' })
      .getByRole('button', { name: 'Preview' })
      .click();
    await form.getByLabel('Step 1 instructions preview').getByText('MDM').waitFor();
    await form.getByRole('button', { name: 'Add step' }).click();
    await form.getByLabel('Step 2 title').fill('Revoke sessions');
    await form.getByRole('button', { name: 'Add step' }).click();
    await form.getByLabel('Step 3 title').fill('Tell the DPO');
    await form.getByLabel('Carried out by').nth(2).selectOption('dpo');
    await form.getByRole('button', { name: 'Move step 3 up' }).click();
    expect(await form.getByLabel('Step 2 title').inputValue()).toBe('Tell the DPO');
    await screenshotBothThemes(page, 'runbook-editor');
    await form.getByRole('button', { name: 'Create runbook' }).click();
    await heading(page, 'Laptop stolen').waitFor();
    const stepsDoc = page.getByRole('list', { name: 'Steps' });
    expect(await stepsDoc.innerText()).toMatch(
      /Lock the device[\s\S]*Tell the DPO[\s\S]*Revoke sessions/,
    );
    await stepsDoc.locator('strong', { hasText: 'MDM' }).waitFor();

    // A second version: one step renamed, one removed, one added.
    await page.getByRole('link', { name: 'Edit' }).click();
    await heading(page, 'Laptop stolen').waitFor();
    await form.getByLabel('Step 1 title').fill('Lock and locate the device');
    await form.getByRole('button', { name: 'Remove step 3' }).click();
    await form.getByRole('button', { name: 'Add step' }).click();
    await form.getByLabel('Step 3 title').fill('Rotate the Wi-Fi passwords');
    await form.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByText('v2', { exact: true }).first().waitFor();
    const versions = region(page, 'Versions');
    // The version on screen opens with what it changed.
    await versions.getByRole('button', { name: 'Hide changes' }).waitFor();
    const changes = versions.getByRole('list', { name: 'Changes' });
    await changes.waitFor();
    const diff = await changes.innerText();
    expect(diff).toMatch(/Renamed\s*Step 1:\s*Lock the device\s*→\s*Lock and locate the device/);
    expect(diff).toMatch(/Removed\s*Revoke sessions/);
    expect(diff).toMatch(/Added\s*Step 3:\s*Rotate the Wi-Fi passwords/);
    await screenshotBothThemes(page, 'runbook-versions');

    // The first version stays readable.
    await versions.getByRole('link', { name: 'View v1' }).click();
    await page.getByText('Version 1 of 2, read-only').waitFor();
    expect(await page.getByRole('list', { name: 'Steps' }).innerText()).toContain(
      'Revoke sessions',
    );

    // Archived, it leaves the library and cannot be run; restored, it is back.
    await page.getByRole('link', { name: 'Show the current version' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await dialog(page, 'Archive “Laptop stolen”?').getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Restore to library' }).waitFor();
    expect(await page.getByRole('button', { name: 'Start run' }).count()).toBe(0);
    await page.goto('/runbooks?archived=1');
    await page.getByRole('table').getByRole('link', { name: 'Laptop stolen' }).click();
    await page.getByRole('button', { name: 'Restore to library' }).click();
    await page.getByRole('button', { name: 'Start run' }).waitFor();

    expectNoProblems(problems);
    await context.close();
  });
});
