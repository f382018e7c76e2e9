import type { AuditEventInput, DetectionRuleRecord, Page as ListPage } from '@vigil/contracts';
import type { Browser, Page } from 'playwright-core';
import { api, ingestEvents } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { eventBridgeAlarmFixture } from './support/fixtures';
import { openSignedIn, signedInState } from './support/session';

const LEAD = 'lena.lead@example.test';
const RESPONDER = 'remy.responder@example.test';
const ADMIN = 'alerts-admin@example.test';
const SOURCE = 'e2e-alerts';

const ALARM_NAME = 'prod-api-cpu-high';
const ALARM_TITLE = `${ALARM_NAME} is in ALARM (us-east-1)`;
const DISK = 'Disk almost full on db-1';
const API_5XX = 'API 5xx rate above 2%';
const QUEUE_BACKLOG = 'Payments queue backlog growing';

type State = Awaited<ReturnType<typeof signedInState>>;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The published "OK → ALARM" event, moved to our alarm and to `at`, for another transition. */
const alarmTransition = (id: string, at: string, from: string, to: string) => {
  const event = eventBridgeAlarmFixture();
  event.id = id;
  event.time = at.replace(/\.\d+Z$/, 'Z');
  event.resources = [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${ALARM_NAME}`];
  event.detail.alarmName = ALARM_NAME;
  event.detail.previousState.value = from;
  event.detail.state.value = to;
  event.detail.state.timestamp = at;
  event.detail.state.reason = `Threshold Crossed: moved from ${from} to ${to} (e2e).`;
  return event;
};

const failedSignIn = (id: string, minutes: number): AuditEventInput => ({
  id,
  occurredAt: minutesAgo(minutes),
  category: 'access',
  action: 'auth.login',
  outcome: 'failure',
  actor: { type: 'user', email: 'mallory@e2e.test' },
  ip: '198.51.100.23',
});

const queue = (page: Page) => page.getByRole('region', { name: 'Queue' });
const alertRow = (page: Page, title: string) =>
  queue(page).getByRole('row').filter({ hasText: title });
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

/** The pointer and the focus leave the list, so it follows the data again. */
const stepAway = async (page: Page) => {
  await page.mouse.move(4, 4);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
};

describe('alerts', () => {
  let browser: Browser;
  let lead: State;
  let responder: State;
  let admin: State;
  let ingestKey: string;
  let adminToken: string;

  const fire = (dedupKey: string, title: string, severity: string, details = {}) =>
    api(ingestKey, 'POST', '/api/v1/integrations/webhook', {
      dedupKey,
      title,
      severity,
      status: 'firing',
      details,
    });

  beforeAll(async () => {
    browser = await launchBrowser();
    [ingestKey, adminToken] = await Promise.all([
      createIngestKey(SOURCE, 'e2e alerts'),
      createApiToken('admin@localhost', 'e2e alerts'),
    ]);
    await createUser(LEAD, 'security_lead', { name: 'Lena Lead' });
    await createUser(RESPONDER, 'responder', { name: 'Remy Responder' });
    await createUser(ADMIN, 'admin');
    lead = await signedInState(browser, LEAD);
    responder = await signedInState(browser, RESPONDER);
    admin = await signedInState(browser, ADMIN);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows new alerts live, holds still under the pointer, and triages them', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/alerts');
    await heading(page, 'Alerts').waitFor();
    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));

    // A webhook fires: the queue shows it within a refresh, without a reload.
    await fire('db-1-disk', DISK, 'SEV2', { host: 'db-1', usedPercent: 93 });
    await alertRow(page, DISK).waitFor({ timeout: 15_000 });

    // While the pointer is on the list, rows keep their places: the next alert waits behind a pill.
    await alertRow(page, DISK).hover();
    await fire('api-5xx', API_5XX, 'SEV1', { service: 'api', rate: 0.031 });
    const pill = queue(page).getByRole('button', { name: /^1 new alert/ });
    await pill.waitFor({ timeout: 15_000 });
    expect(await alertRow(page, API_5XX).count()).toBe(0);
    await page.getByText('Held while you work on the list').waitFor();
    await screenshotBothThemes(page, 'alerts-queue-held');
    await pill.click();
    await alertRow(page, API_5XX).waitFor();
    // Most severe first.
    const titles = await queue(page).locator('.alert-row__title').allInnerTexts();
    expect(titles.indexOf(API_5XX)).toBeLessThan(titles.indexOf(DISK));

    // Acknowledge, with a note.
    await alertRow(page, DISK).getByRole('button', { name: 'Acknowledge' }).click();
    const ack = dialog(page, 'Acknowledge alert');
    await ack.getByLabel('Note (optional)').fill('Looking at the volume growth');
    await screenshotBothThemes(page, 'alert-acknowledge-dialog', { fullPage: false });
    await ack.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await ack.waitFor({ state: 'detached' });
    await alertRow(page, DISK).getByText('Acknowledged', { exact: true }).waitFor();

    // Promote: the title is prefilled; an incident opens and the row links to it.
    await alertRow(page, DISK).getByRole('button', { name: 'Promote' }).click();
    const promote = dialog(page, 'Promote to an incident');
    expect(await promote.getByLabel('Incident title').inputValue()).toBe(DISK);
    await promote.getByText('opens an incident', { exact: true }).waitFor();
    await screenshotBothThemes(page, 'alert-promote-dialog', { fullPage: false });
    await promote.getByRole('button', { name: 'Open incident' }).click();
    await promote.waitFor({ state: 'detached' });
    const incident = alertRow(page, DISK).getByRole('link', { name: 'Incident' });
    await incident.waitFor();
    expect(await incident.getAttribute('href')).toMatch(/^\/incidents\/[0-9a-f-]{36}$/);
    expect(await alertRow(page, DISK).getByRole('button', { name: 'Promote' }).count()).toBe(0);

    // Suppress the other: a reason is required, the duration is chosen.
    await alertRow(page, API_5XX).getByRole('button', { name: 'Suppress' }).click();
    const suppress = dialog(page, 'Suppress alert');
    await suppress.getByRole('button', { name: 'Suppress', exact: true }).click();
    await suppress.getByText('Say why it is suppressed: it goes on record.').waitFor();
    await suppress.getByLabel('Reason').fill('Known upstream outage, tracked with the vendor');
    await suppress.getByLabel('For', { exact: true }).selectOption('240');
    await screenshotBothThemes(page, 'alert-suppress-dialog', { fullPage: false });
    await suppress.getByRole('button', { name: 'Suppress', exact: true }).click();
    await suppress.waitFor({ state: 'detached' });
    // It stays in place (the row has the focus) until the list is updated.
    await alertRow(page, API_5XX)
      .getByText(/leaves this view when the list updates/)
      .waitFor();
    await queue(page)
      .getByRole('button', { name: /left this view/ })
      .click();
    await alertRow(page, API_5XX).waitFor({ state: 'detached' });
    await stepAway(page);
    await screenshotBothThemes(page, 'alerts-queue');

    await page.getByRole('radiogroup', { name: 'Status' }).getByText('Suppressed').click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'suppressed');
    await alertRow(page, API_5XX).getByText('Suppressed', { exact: true }).waitFor();
    expect(await alertRow(page, API_5XX).innerText()).toContain('until');
    await screenshotBothThemes(page, 'alerts-suppressed');

    // The drawer: facts, activity with the note, and the sender's details as JSON.
    await page.getByRole('radiogroup', { name: 'Status' }).getByText('Active').click();
    await alertRow(page, DISK).getByRole('button', { name: DISK, exact: true }).click();
    const drawer = dialog(page, DISK);
    const activity = drawer.getByRole('region', { name: 'Activity' });
    await activity.getByText('Promoted to an incident').waitFor();
    expect(await activity.innerText()).toContain('Acknowledged by you');
    expect(await activity.innerText()).toContain('Looking at the volume growth');
    const details = JSON.parse(await drawer.getByLabel('Alert details JSON').innerText()) as {
      usedPercent: number;
      sender: string;
    };
    expect(details).toMatchObject({ usedPercent: 93, sender: SOURCE });
    await screenshotBothThemes(page, 'alert-drawer-webhook', { fullPage: false });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    expectNoProblems(problems);
    await context.close();
  });

  it("opens an alarm's alert with its state history as a chart and a table", async () => {
    const transitions: [number, string, string][] = [
      [300, 'OK', 'ALARM'],
      [240, 'ALARM', 'OK'],
      [180, 'OK', 'INSUFFICIENT_DATA'],
      [120, 'INSUFFICIENT_DATA', 'ALARM'],
      [60, 'ALARM', 'OK'],
      [20, 'OK', 'ALARM'],
    ];
    for (const [minutes, from, to] of transitions) {
      await api(
        ingestKey,
        'POST',
        '/api/v1/integrations/eventbridge',
        alarmTransition(`e2e-${minutes}`, minutesAgo(minutes), from, to),
      );
    }

    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/alerts?source=alarm');
    await alertRow(page, ALARM_TITLE)
      .getByRole('button', { name: ALARM_TITLE, exact: true })
      .click();
    const drawer = dialog(page, ALARM_TITLE);
    const chart = drawer.getByRole('figure', { name: /^Alarm state over time: 6 state changes/ });
    await chart.locator('svg.recharts-surface').waitFor();
    const history = drawer.getByRole('table', { name: /State changes, newest first/ });
    expect(await history.locator('tbody tr').count()).toBe(6);
    expect(await history.locator('tbody tr').first().innerText()).toMatch(/^[\s\S]*OK[\s\S]*ALARM/);
    // Each step has a tooltip with its time and CloudWatch's reason.
    const surface = chart.locator('svg.recharts-surface');
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    if (!box) throw new Error('The chart has no box');
    await surface.hover({ position: { x: box.width * 0.6, y: box.height / 2 } });
    await drawer
      .locator('.chart-tooltip')
      .getByText(/moved from/)
      .waitFor();
    await screenshotBothThemes(page, 'alert-drawer-alarm', { fullPage: false });
    await page.keyboard.press('Escape');

    // Earlier episodes of the same alarm are grouped under one header.
    await page.getByRole('radiogroup', { name: 'Status' }).getByText('Resolved').click();
    const group = queue(page).getByRole('button', { name: new RegExp(`${ALARM_NAME}.*2 alerts`) });
    await group.click();
    expect(await group.getAttribute('aria-expanded')).toBe('true');
    expect(await alertRow(page, ALARM_TITLE).count()).toBe(2);
    await stepAway(page);
    await screenshotBothThemes(page, 'alerts-resolved-grouped');

    expectNoProblems(problems);
    await context.close();
  });

  it('orders alert rules and tests one against the last 24 h in the browser', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/settings');
    // A security lead's Settings opens on the rules.
    await page.waitForURL((url) => url.pathname === '/settings/alert-rules');
    await page.getByText('No alert rules yet').waitFor();
    const tabs = page.getByRole('navigation', { name: 'Settings sections' });
    expect((await tabs.getByRole('link').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Alert rules',
      'Detection rules',
      'Response targets',
      'Appearance',
    ]);
    await screenshotBothThemes(page, 'settings-alert-rules-empty');

    await page.getByRole('button', { name: 'New alert rule' }).click();
    let form = dialog(page, 'New alert rule');
    await form.getByLabel('Name', { exact: true }).fill('Webhooks wait in the queue');
    await form.getByLabel('Comes from').selectOption('webhook');
    await form.getByRole('button', { name: 'Create rule' }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'New alert rule' }).click();
    form = dialog(page, 'New alert rule');
    await form.getByLabel('Name', { exact: true }).fill('Production API alarms are SEV1');
    await form.getByLabel('Alarm name').fill('/(unclosed/');
    await form.getByRole('button', { name: 'Test against the last 24 h' }).click();
    await form.getByText(/Not a valid pattern/).waitFor();
    await form.getByLabel('Alarm name').fill('prod-api-*');
    await form.getByLabel('Severity', { exact: true }).selectOption('SEV1');
    await form.getByLabel('Action', { exact: true }).selectOption('attach_incident');
    await form.getByRole('button', { name: 'Test against the last 24 h' }).click();
    await form.getByText(/^Matches 3 of \d+ alerts that fired/).waitFor();
    expect(await form.getByRole('row').filter({ hasText: ALARM_TITLE }).count()).toBe(3);
    await form.getByText(/1 would match on their next ALARM: prod-api-cpu-high/).waitFor();
    await screenshotBothThemes(page, 'settings-alert-rule-test', { fullPage: false });
    await form.getByRole('button', { name: 'Create rule' }).click();
    await form.waitFor({ state: 'detached' });

    const rows = page.getByRole('table').locator('tbody tr');
    const ruleNames = async () =>
      (await rows.locator('td:nth-child(2)').allInnerTexts()).map((t) => t.split('\n')[0]);
    await page.getByRole('row').filter({ hasText: 'Production API alarms are SEV1' }).waitFor();
    expect(await ruleNames()).toEqual([
      'Webhooks wait in the queue',
      'Production API alarms are SEV1',
    ]);
    await page.getByRole('button', { name: 'Move Production API alarms are SEV1 up' }).click();
    // The list reorders at once; the move buttons come back once both positions are saved.
    await page.waitForFunction(() =>
      document
        .querySelector('tbody tr:first-child td:nth-child(2)')
        ?.textContent?.startsWith('Production API alarms are SEV1'),
    );
    await page
      .getByRole('button', { name: 'Move Webhooks wait in the queue up' })
      .and(page.locator(':enabled'))
      .waitFor();
    await page.reload();
    await page.getByRole('row').filter({ hasText: 'Webhooks wait' }).waitFor();
    expect(await ruleNames()).toEqual([
      'Production API alarms are SEV1',
      'Webhooks wait in the queue',
    ]);
    // Moving a rule changes its place, nothing else.
    expect(await rows.first().innerText()).toContain('alarm name prod-api-*');
    expect(await rows.nth(1).innerText()).toContain('webhooks');

    const toggle = page.getByRole('switch', { name: 'Enabled: Webhooks wait in the queue' });
    await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/alert-rules/'),
      ),
      toggle.uncheck({ force: true }),
    ]);
    await page
      .getByRole('row')
      .filter({ hasText: 'Webhooks wait' })
      .and(page.locator('.table__row--muted'))
      .waitFor();
    await page.reload();
    const webhooksRow = page.getByRole('row').filter({ hasText: 'Webhooks wait' });
    expect(await webhooksRow.innerText()).toContain('webhooks');
    expect(await webhooksRow.getByRole('switch').isChecked()).toBe(false);
    await screenshotBothThemes(page, 'settings-alert-rules');

    await page.getByRole('button', { name: 'Delete Webhooks wait in the queue' }).click();
    await dialog(page, 'Delete “Webhooks wait in the queue”?')
      .getByRole('button', { name: 'Delete rule' })
      .click();
    await page.getByRole('row').filter({ hasText: 'Webhooks wait' }).waitFor({ state: 'detached' });

    expectNoProblems(problems);
    await context.close();
  });

  it('edits a detection rule after testing it on the last 24 h of audit events', async () => {
    await ingestEvents(ingestKey, [
      failedSignIn('fail-1', 40),
      failedSignIn('fail-2', 39),
      failedSignIn('fail-3', 38),
      failedSignIn('fail-4', 37),
    ]);
    const before = (
      await api<ListPage<DetectionRuleRecord>>(adminToken, 'GET', '/api/v1/detection-rules')
    ).items.find((r) => r.name === 'Repeated sign-in failures for one actor');
    if (!before) throw new Error('The default detection rule is missing');

    const { page, context, problems } = await openSignedIn(browser, lead, { colorScheme: 'light' });
    try {
      await page.goto('/settings/detection-rules');
      const row = page.getByRole('row').filter({ hasText: before.name });
      expect(await row.innerText()).toContain('10 × auth.* (failure) per actor within 5 minutes');
      await screenshotBothThemes(page, 'settings-detection-rules');

      await row.getByRole('button', { name: `Edit ${before.name}` }).click();
      const form = dialog(page, `Edit “${before.name}”`);
      expect(await form.getByLabel('Kind', { exact: true }).isDisabled()).toBe(true);
      await form.getByLabel('Action', { exact: true }).fill('nothing.*');
      await form.getByRole('button', { name: 'Test against the last 24 h' }).click();
      await form.getByText('Would not have fired in the last 24 h').waitFor();
      await screenshotBothThemes(page, 'settings-detection-rule-test-empty', { fullPage: false });

      await form.getByLabel('Action', { exact: true }).fill('auth.*');
      await form.getByLabel('Events', { exact: true }).fill('3');
      await form.getByLabel('Within (minutes)').fill('10');
      await form.getByText('The rule changed since this test').waitFor();
      await form.getByRole('button', { name: 'Test against the last 24 h' }).click();
      const hit = form.getByRole('row').filter({ hasText: 'mallory@e2e.test' });
      await hit.waitFor();
      expect(await hit.innerText()).toContain(SOURCE);
      await form.getByText(/^Would have raised \d+ alerts?/).waitFor();
      await screenshotBothThemes(page, 'settings-detection-rule-test', { fullPage: false });

      await form.getByRole('button', { name: 'Save changes' }).click();
      await form.waitFor({ state: 'detached' });
      await row.getByText('3 × auth.* (failure) per actor within 10 minutes').waitFor();
    } finally {
      // Other suites' sign-in failures must not trip a rule this test loosened.
      await api(adminToken, 'PATCH', `/api/v1/detection-rules/${before.id}`, {
        params: before.params,
        enabled: before.enabled,
      });
    }

    expectNoProblems(problems);
    await context.close();
  });

  it('lets a responder acknowledge, but not promote, suppress or change rules', async () => {
    await fire('queue-backlog', QUEUE_BACKLOG, 'SEV3');
    const { page, context, problems } = await openSignedIn(browser, responder);
    await page.goto('/alerts');
    const row = alertRow(page, QUEUE_BACKLOG);
    await row.getByRole('button', { name: 'Acknowledge' }).waitFor();
    expect(await queue(page).getByRole('button', { name: 'Promote' }).count()).toBe(0);
    expect(await queue(page).getByRole('button', { name: 'Suppress' }).count()).toBe(0);
    await stepAway(page);
    await screenshotBothThemes(page, 'alerts-responder');

    await row.getByRole('button', { name: QUEUE_BACKLOG, exact: true }).click();
    const drawer = dialog(page, QUEUE_BACKLOG);
    await drawer.getByRole('button', { name: 'Acknowledge' }).waitFor();
    expect(await drawer.getByRole('button', { name: /Promote|Suppress/ }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await page.waitForURL((url) => url.pathname === '/settings/alert-rules');
    await page.getByRole('row').filter({ hasText: 'Production API alarms are SEV1' }).waitFor();
    expect(
      await page.getByRole('button', { name: /New alert rule|Edit|Move|Delete/ }).count(),
    ).toBe(0);
    expect(await page.getByRole('switch').count()).toBe(0);
    await page.goto('/settings/users');
    await page.getByText('This section is not available to your role').waitFor();

    expectNoProblems(problems);
    await context.close();
  });

  it('lets an admin confirm a pending SNS subscription', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    await page.goto('/settings/sns');
    await page.getByText('No subscription requests').waitFor();
    await screenshotBothThemes(page, 'settings-sns-empty');

    // A real confirmation needs AWS: the API's answers are played back here.
    const topicArn = 'arn:aws:sns:us-east-1:123456789012:vigil-alarms';
    let status = 'pending';
    const subscription = () => ({
      messageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
      topicArn,
      status,
      receivedAt: minutesAgo(12),
      confirmedAt: status === 'confirmed' ? new Date().toISOString() : null,
      lastError: null,
    });
    await page.route('**/api/v1/integrations/sns/subscriptions**', (route) => {
      if (route.request().method() === 'POST') status = 'confirmed';
      const body =
        route.request().method() === 'POST'
          ? subscription()
          : { items: [subscription()], nextCursor: null };
      return route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(body),
      });
    });
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: 'vigil-alarms' });
    await row.getByText('Pending', { exact: true }).waitFor();
    await page.getByText('1 topic is waiting for confirmation', { exact: false }).waitFor();
    await screenshotBothThemes(page, 'settings-sns-pending');
    await row.getByRole('button', { name: 'Confirm vigil-alarms' }).click();
    await row.getByText('Confirmed', { exact: true }).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);

    expectNoProblems(problems);
    await context.close();
  });
});
