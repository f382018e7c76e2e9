import type { AuditEventInput } from '@vigil/contracts';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { api, ingestEvents } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { baseUrl } from './support/server-info';
import { openSignedIn, signedInState } from './support/session';

const AUDITOR = 'avery.auditor@example.test';
const CLIENT = 'casey@acme.test';
const SOURCE = 'e2e';

type State = Awaited<ReturnType<typeof signedInState>>;

const hoursAgo = (now: number, hours: number) => new Date(now - hours * 3600_000).toISOString();

/**
 * Two clients' worth of events over the last five days: page views enough for several pages
 * of the table, and sign-ins, some failed, to filter for.
 */
const seedEvents = (now: number): AuditEventInput[] => {
  const events: AuditEventInput[] = [];
  for (let i = 0; i < 240; i++) {
    events.push({
      id: `pv-${i}`,
      occurredAt: hoursAgo(now, 1 + i * 0.5),
      category: 'data',
      action: 'app.page.view',
      outcome: 'success',
      actor: { type: 'user', email: 'alice@acme.test', role: 'editor' },
      target: { type: 'page', id: `p-${i % 7}`, name: `Report ${i % 7}` },
      organizationId: 'acme',
      ip: '203.0.113.10',
    });
  }
  const login = (
    id: string,
    hours: number,
    organizationId: string,
    email: string,
    outcome: 'success' | 'failure',
    ip: string,
  ): AuditEventInput => ({
    id,
    occurredAt: hoursAgo(now, hours),
    category: 'access',
    action: 'app.auth.login',
    outcome,
    actor: { type: 'user', email },
    organizationId,
    ip,
    userAgent: 'Mozilla/5.0 (e2e)',
    metadata: { method: 'password' },
  });
  events.push(
    login('acme-ok-1', 2.2, 'acme', 'alice@acme.test', 'success', '203.0.113.10'),
    login('acme-ok-2', 30, 'acme', 'bob@acme.test', 'success', '203.0.113.11'),
    login('acme-bad-1', 3.1, 'acme', 'mallory@evil.test', 'failure', '198.51.100.7'),
    login('acme-bad-2', 3.2, 'acme', 'mallory@evil.test', 'failure', '198.51.100.7'),
    login('acme-bad-3', 50, 'acme', 'mallory@evil.test', 'failure', '198.51.100.8'),
    login('globex-ok-1', 4, 'globex', 'hank@globex.test', 'success', '192.0.2.20'),
    login('globex-bad-1', 5, 'globex', 'eve@evil.test', 'failure', '192.0.2.66'),
    login('globex-bad-2', 75, 'globex', 'eve@evil.test', 'failure', '192.0.2.66'),
    {
      id: 'globex-grant',
      occurredAt: hoursAgo(now, 6),
      category: 'admin',
      action: 'app.role.grant',
      outcome: 'success',
      actor: { type: 'user', email: 'hank@globex.test' },
      target: { type: 'user', id: 'u-9', name: 'Eve' },
      organizationId: 'globex',
    },
  );
  return events;
};

const grid = (page: Page) => page.getByRole('grid', { name: 'Audit events, newest first' });
const bodyRows = (page: Page) => grid(page).locator('[role=rowgroup] + [role=rowgroup] [role=row]');
const rowCount = async (page: Page) => Number(await grid(page).getAttribute('aria-rowcount')) - 1;

const waitForRowCount = (page: Page, expected: number) =>
  page.waitForFunction(
    (n) =>
      document
        .querySelector('[role=grid][aria-label="Audit events, newest first"]')
        ?.getAttribute('aria-rowcount') === String(n + 1),
    expected,
  );

const columnTexts = (page: Page, column: number) =>
  bodyRows(page).locator(`[role=gridcell]:nth-child(${column})`).allInnerTexts();

const download = async (page: Page, button: string) => {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
};

describe('audit log', () => {
  let browser: Browser;
  let auditor: State;
  let client: State;

  beforeAll(async () => {
    browser = await launchBrowser();
    const [adminToken, ingestKey] = await Promise.all([
      createApiToken('admin@localhost', 'e2e audit seeding'),
      createIngestKey(SOURCE, 'e2e'),
    ]);
    for (const [id, name] of [
      ['acme', 'Acme Corp'],
      ['globex', 'Globex'],
    ]) {
      await api(adminToken, 'POST', '/api/v1/organizations', {
        id,
        name,
        jurisdictions: ['CA-QC'],
        contacts: [],
      });
    }
    await createUser(AUDITOR, 'auditor', { name: 'Avery Auditor' });
    await createUser(CLIENT, 'client_auditor', { organization: 'acme' });
    const result = await ingestEvents(ingestKey, seedEvents(Date.now()));
    expect(result).toMatchObject({ accepted: 249, rejected: [] });
    auditor = await signedInState(browser, AUDITOR);
    client = await signedInState(browser, CLIENT);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('scrolls the whole range, filters it from the address bar, and opens an event', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor);
    await page.goto('/audit');
    await heading(page, 'Audit log').waitFor();
    await grid(page).waitFor();
    await page.getByRole('figure', { name: /Events per day: .* events over 8 days/ }).waitFor();
    await screenshotBothThemes(page, 'audit-log-auditor');

    // A windowed table: a hundred rows loaded, a few dozen in the DOM.
    expect(await rowCount(page)).toBe(100);
    expect(await bodyRows(page).count()).toBeLessThan(40);
    // Near the end, the next page arrives by itself.
    await grid(page).evaluate((el) => {
      const scroller = el.parentElement!;
      scroller.scrollTop = scroller.scrollHeight;
    });
    await page.waitForFunction(
      () => Number(document.querySelector('[role=grid]')?.getAttribute('aria-rowcount')) > 101,
    );
    expect(await bodyRows(page).count()).toBeLessThan(40);

    await page.getByLabel('Action').fill('app.auth.*');
    await page.getByLabel('Outcome').selectOption('failure');
    await page.waitForURL(
      (url) =>
        url.searchParams.get('action') === 'app.auth.*' &&
        url.searchParams.get('outcome') === 'failure',
    );
    await waitForRowCount(page, 5);
    for (const action of await columnTexts(page, 3)) expect(action).toMatch(/^app\.auth\.login/);
    expect(new Set(await columnTexts(page, 4))).toEqual(new Set(['Failure']));

    // The filter lives in the address: a reload (or a shared link) shows the same.
    await page.reload();
    await waitForRowCount(page, 5);
    expect(await page.getByLabel('Action').inputValue()).toBe('app.auth.*');
    await page.getByLabel('Organization', { exact: true }).selectOption('globex');
    await waitForRowCount(page, 2);
    expect(new Set(await columnTexts(page, 5))).toEqual(new Set(['Globex']));
    await page.getByLabel('Organization', { exact: true }).selectOption('');
    await waitForRowCount(page, 5);

    // Newest first: the failure 3.1 h ago from mallory.
    await bodyRows(page).first().click();
    const drawer = page.getByRole('dialog', { name: 'app.auth.login' });
    await drawer.getByRole('heading', { name: 'Chain position' }).waitFor();
    const json = await drawer.getByLabel('Event JSON').innerText();
    const event = JSON.parse(json) as { id: string; source: string; hash: string; seq: number };
    expect(event).toMatchObject({ id: 'acme-bad-1', source: SOURCE, outcome: 'failure' });
    expect(await drawer.innerText()).toContain(event.hash);
    expect(await drawer.getByRole('button', { name: 'Copy JSON' }).isVisible()).toBe(true);
    await screenshotBothThemes(page, 'audit-event-drawer', { fullPage: false });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The keyboard works the table too: focus stays on the row, arrows move, Enter opens.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex'))).toBe(
      '2',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = page.getByRole('dialog', { name: 'app.auth.login' });
    const secondEvent = JSON.parse(await second.getByLabel('Event JSON').innerText()) as {
      id: string;
    };
    expect(secondEvent.id).toBe('acme-bad-2');
    await page.keyboard.press('Escape');

    expectNoProblems(problems);
    await context.close();
  });

  it('keeps two filters whose typing pauses end in the same moment', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor);
    await page.goto('/audit');
    await grid(page).waitFor();

    // Both fields change in one task, so both typing pauses end before the page renders again:
    // the second filter must build on the first, not on the address the page last rendered.
    await page.evaluate(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      for (const [label, value] of [
        ['Action', 'app.auth.*'],
        ['Actor', 'mallory@evil.test'],
      ]) {
        const input = [...document.querySelectorAll('label')].find(
          (l) => l.textContent?.trim() === label,
        )?.control as HTMLInputElement;
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await page.waitForURL(
      (url) =>
        url.searchParams.get('action') === 'app.auth.*' &&
        url.searchParams.get('actor') === 'mallory@evil.test',
    );
    await page.waitForTimeout(600);
    const settled = new URL(page.url()).searchParams;
    expect([settled.get('action'), settled.get('actor')]).toEqual([
      'app.auth.*',
      'mallory@evil.test',
    ]);

    expectNoProblems(problems);
    await context.close();
  });

  it('exports what the filters show, as CSV and NDJSON, with progress', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor, {
      colorScheme: 'light',
    });
    await page.goto('/audit?action=app.auth.*&outcome=failure');
    await waitForRowCount(page, 5);

    const csv = await download(page, 'Export CSV');
    expect(csv.name).toMatch(/^vigil-audit-.*\.csv$/);
    const [header, ...lines] = csv.text.trimEnd().split('\r\n');
    expect(header).toMatch(/^occurredAt,source,seq,id,category,action,outcome,/);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toContain(',access,app.auth.login,failure,');
    await page.getByText(/Export saved: 5 rows · \d+(\.\d)? kB/).waitFor();
    await screenshotBothThemes(page, 'audit-export-done');

    const ndjson = await download(page, 'Export NDJSON');
    const events = ndjson.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string; outcome: string });
    expect(events).toHaveLength(5);
    expect(events.every((e) => e.action === 'app.auth.login' && e.outcome === 'failure')).toBe(
      true,
    );

    // A stalled export can be cancelled; nothing is saved.
    let stalled: (() => Promise<void>) | undefined;
    await page.route(
      (url) => url.pathname === '/api/v1/audit-events/export',
      (route) => {
        stalled = () => route.abort().catch(() => undefined);
      },
    );
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await page.getByText('Exporting CSV…').waitFor();
    await page.getByText('0 rows · 0 B').waitFor();
    await screenshotBothThemes(page, 'audit-export-running');
    await page.getByRole('button', { name: 'Cancel export' }).click();
    await page.getByText('Export cancelled after 0 rows · 0 B').waitFor();
    await stalled?.();

    expectNoProblems(problems);
    await context.close();
  });

  it('verifies the chain and shows the newest signed checkpoint of each source', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor);
    await page.goto('/audit');
    const integrity = page.getByRole('region', { name: 'Integrity' });
    await integrity.getByRole('button', { name: 'Sign checkpoint' }).click();
    await integrity.getByText(/Chain intact: [\d,]+ events checked/).waitFor();
    const checkpoint = integrity.getByRole('row').filter({ hasText: SOURCE }).first();
    await checkpoint.getByText('Valid', { exact: true }).waitFor();
    expect(await checkpoint.innerText()).toContain('Matches');

    const keys = (await (await fetch(`${baseUrl()}/api/v1/audit-events/public-key`)).json()) as {
      current: string;
    };
    expect(await checkpoint.innerText()).toContain(keys.current);
    expect(await integrity.getByText(keys.current, { exact: true }).first().isVisible()).toBe(true);
    expect(
      await integrity.getByRole('link', { name: 'Public key (PEM)' }).getAttribute('href'),
    ).toBe('/api/v1/audit-events/public-key');
    await screenshotBothThemes(page, 'audit-verify');

    // Verify again without signing: same answer.
    await integrity.getByRole('button', { name: 'Verify integrity' }).click();
    await integrity.getByText(/Chain intact/).waitFor();

    expectNoProblems(problems);
    await context.close();
  });

  it("shows a client's auditor only its own organization's events", async () => {
    const { page, context, problems } = await openSignedIn(browser, client);
    await page.goto('/');
    // Its start page is the audit log; the console's overview is not for it.
    await page.waitForURL((url) => url.pathname === '/audit');
    await grid(page).waitFor();

    const nav = page.getByRole('navigation', { name: 'Main' });
    expect((await nav.getByRole('link').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Audit log',
      'Organization',
    ]);
    expect(await page.getByLabel('Organization', { exact: true }).count()).toBe(0);
    // Organization names arrive with their own query: wait for them rather than read the ids.
    await bodyRows(page)
      .locator('[role=gridcell]:nth-child(5)', { hasText: 'Acme Corp' })
      .first()
      .waitFor();
    expect(new Set(await columnTexts(page, 5))).toEqual(new Set(['Acme Corp']));
    await screenshotBothThemes(page, 'client-auditor-audit');

    await page.getByLabel('Action').fill('app.auth.*');
    await page.getByLabel('Outcome').selectOption('failure');
    await waitForRowCount(page, 3);
    for (const actor of await columnTexts(page, 2)) expect(actor).toMatch(/^mallory@evil\.test/);

    const csv = await download(page, 'Export CSV');
    const lines = csv.text.trimEnd().split('\r\n').slice(1);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toContain(',acme,');

    // Even asking for another client by address gives nothing of theirs.
    await page.goto('/audit?org=globex');
    await page.getByText('No events match these filters').waitFor();

    await page.goto('/audit');
    const integrity = page.getByRole('region', { name: 'Integrity' });
    expect(await integrity.getByRole('button', { name: 'Sign checkpoint' }).count()).toBe(0);
    await integrity.getByRole('button', { name: 'Verify integrity' }).click();
    await integrity.getByText(/Chain intact: [\d,]+ events checked/).waitFor();
    // A client learns whether the log holds, not the shape of other clients' streams.
    expect(await integrity.getByRole('table').count()).toBe(0);

    await nav.getByRole('link', { name: 'Organization' }).click();
    await heading(page, 'Acme Corp').waitFor();
    await screenshotBothThemes(page, 'client-auditor-organization');

    expectNoProblems(problems);
    await context.close();
  });
});
