import type { Browser, Page } from 'playwright-core';
import { api, ingestEvents } from './support/api';
import { launchBrowser } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

const ADMIN = 'hostile.admin@example.test';
const SOURCE = 'e2e-hostile';
const ORG_ID = 'hostile-e2e';

// Each payload, were it ever parsed as HTML or followed as a link, sets window.__pwned.
const IMG = `<img src=x onerror="window.__pwned='img'">`;
const SCRIPT = `<script>window.__pwned='script'</script>`;
const SVG = `"><svg onload="window.__pwned='svg'">`;
const JS_URL = `javascript:window.__pwned='url'`;
const MARKDOWN = [
  `Raw HTML: ${IMG}`,
  SCRIPT,
  `[open the console](${JS_URL})`,
  `![diagram](${JS_URL})`,
  `<a href="${JS_URL}">html link</a>`,
].join('\n\n');

type State = Awaited<ReturnType<typeof signedInState>>;

/** Records CSP reports and dialogs before any page script runs. */
const watch = async (page: Page) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.effectiveDirective} ${e.disposition} ${e.blockedURI}`),
    );
  });
  return dialogs;
};

/** Nothing ran, nothing became markup, and whatever CSP reported it also blocked. */
const expectInert = async (page: Page, dialogs: string[]) => {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: string; __csp: string[] };
    return {
      pwned: w.__pwned,
      csp: w.__csp,
      handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      jsLinks: [...document.querySelectorAll('a[href], img[src], iframe[src]')].filter((e) =>
        /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
      ).length,
      svgs: [...document.querySelectorAll('svg[onload]')].length,
    };
  });
  expect(state).toEqual({
    pwned: undefined,
    csp: state.csp.filter((report) => / enforce /.test(report)),
    handlers: 0,
    inlineScripts: 0,
    jsLinks: 0,
    svgs: 0,
  });
  expect(dialogs).toEqual([]);
};

const showsLiterally = (page: Page, text: string) =>
  page.getByText(text, { exact: false }).first().waitFor();

describe('hostile input renders as text', () => {
  let browser: Browser;
  let admin: State;
  let incidentId = '';
  let runbookId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(ADMIN, 'admin');
    const [token, ingestKey] = await Promise.all([
      createApiToken(ADMIN, 'e2e hostile'),
      createIngestKey(SOURCE, 'e2e hostile'),
    ]);
    await api(token, 'POST', '/api/v1/organizations', {
      id: ORG_ID,
      name: `Hostile ${IMG}`,
      contacts: [{ name: SVG, email: 'privacy@hostile.test', role: SCRIPT }],
    });
    const incident = await api<{ id: string }>(token, 'POST', '/api/v1/incidents', {
      title: `Incident ${IMG}`,
      summary: `${SVG} ${SCRIPT}`,
      severity: 'SEV3',
      category: SVG,
      organizationIds: [ORG_ID],
    });
    incidentId = incident.id;
    await api(token, 'POST', `/api/v1/incidents/${incidentId}/notes`, { body: MARKDOWN });
    const runbook = await api<{ id: string }>(token, 'POST', '/api/v1/runbooks', {
      title: `Runbook ${SCRIPT}`,
      kind: 'IR',
      summary: MARKDOWN,
      steps: [{ title: `Step ${SVG}`, body: MARKDOWN }],
    });
    runbookId = runbook.id;
    await ingestEvents(ingestKey, [
      {
        id: 'hostile-1',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        category: 'data',
        action: 'data.export',
        outcome: 'success',
        actor: { type: 'user', id: SVG, email: 'mallory@hostile.test', role: IMG },
        target: { type: 'report', id: SCRIPT, name: `Report ${IMG}` },
        organizationId: ORG_ID,
        userAgent: SCRIPT,
        metadata: { html: SCRIPT, link: JS_URL, nested: { img: IMG } },
      },
    ]);
    admin = await signedInState(browser, ADMIN);
  });
  afterAll(() => browser?.close());

  it('shows an organization named with markup as its literal name', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    const dialogs = await watch(page);
    await page.goto(`/organizations/${ORG_ID}`);
    await showsLiterally(page, `Hostile ${IMG}`);
    await expectInert(page, dialogs);
    expectNoProblems(problems, [/Content Security Policy|Refused to/]);
    await context.close();
  });

  it('shows an incident title, summary and Markdown note as text', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    const dialogs = await watch(page);
    await page.goto(`/incidents/${incidentId}`);
    await showsLiterally(page, `Incident ${IMG}`);
    await showsLiterally(page, SVG);
    await page.goto('/incidents');
    await showsLiterally(page, `Incident ${IMG}`);
    await expectInert(page, dialogs);
    expectNoProblems(problems, [/Content Security Policy|Refused to/]);
    await context.close();
  });

  it('renders a runbook whose Markdown holds raw HTML and javascript: links without running it', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    const dialogs = await watch(page);
    await page.goto(`/runbooks/${runbookId}`);
    await showsLiterally(page, `Runbook ${SCRIPT}`);
    await showsLiterally(page, `Step ${SVG}`);
    // Click every link the Markdown produced: none may lead anywhere that runs code.
    for (const link of await page.locator('.markdown a').all()) {
      expect(await link.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
    }
    await expectInert(page, dialogs);
    expectNoProblems(problems, [/Content Security Policy|Refused to/]);
    await context.close();
  });

  it('shows an audit event’s fields and metadata as text in the log and its drawer', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    const dialogs = await watch(page);
    await page.goto(`/audit?org=${ORG_ID}`);
    const grid = page.getByRole('grid', { name: 'Audit events, newest first' });
    const row = grid.getByRole('row').filter({ hasText: 'data.export' }).first();
    await row.click();
    const drawer = page.getByRole('dialog', { name: 'data.export' });
    await drawer.getByLabel('Event JSON').waitFor();
    expect(await drawer.innerText()).toContain(`Report ${IMG}`);
    expect(await drawer.getByLabel('Event JSON').innerText()).toContain(SCRIPT);
    await expectInert(page, dialogs);
    expectNoProblems(problems, [/Content Security Policy|Refused to/]);
    await context.close();
  });
});
