import type { Alert, Incident, Organization, Page as ListPage } from '@vigil/contracts';
import type { Browser, Page } from 'playwright-core';
import { api, ingestEvents } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

const LEAD = 'olga.lead@example.test';
const DPO = 'otto.dpo@example.test';
const AUDITOR = 'odile.auditor@example.test';
const SOURCE = 'e2e-overview';

const CONTAINED = 'Credential stuffing against the client portal';
const WAITING = 'Login failures spiking on the client portal';

type State = Awaited<ReturnType<typeof signedInState>>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const utcDay = (at: string) => at.slice(0, 10);

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Loaded: no card still shows its skeleton, and the charts' module has arrived. */
const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));

const period = (page: Page, label: string) =>
  page
    .getByRole('radiogroup', { name: 'Period' })
    .locator('label')
    .filter({ hasText: new RegExp(`^${label}$`) });

describe('overview', () => {
  let browser: Browser;
  let lead: State;
  let dpo: State;
  let auditor: State;
  let incident: Incident;
  /** A UTC day inside the last 30 days but not the last 7, with audit events on it. */
  const olderDay = utcDay(ago(20 * DAY));

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(LEAD, 'security_lead', { name: 'Olga Lead' });
    await createUser(DPO, 'dpo', { name: 'Otto DPO' });
    await createUser(AUDITOR, 'auditor', { name: 'Odile Auditor' });
    const [adminToken, leadToken, ingestKey] = await Promise.all([
      createApiToken('admin@localhost', 'e2e overview'),
      createApiToken(LEAD, 'e2e overview'),
      createIngestKey(SOURCE, 'e2e overview'),
    ]);

    // A client with the company's 24 h notification commitment.
    const org = await api<Organization>(adminToken, 'POST', '/api/v1/organizations', {
      id: 'harbour-e2e',
      name: 'Harbour Logistics',
      jurisdictions: ['CA'],
      contacts: [{ name: 'Hana Harbour', email: 'security@harbour.example' }],
    });
    // Detected 3 h ago, triaged and contained now: MTTA and MTTC are about 3 h.
    incident = await api<Incident>(leadToken, 'POST', '/api/v1/incidents', {
      title: CONTAINED,
      severity: 'SEV2',
      detectedAt: ago(3 * HOUR),
      organizationIds: [org.id],
    });
    for (const to of ['triage', 'contained']) {
      await api(leadToken, 'POST', `/api/v1/incidents/${incident.id}/transitions`, { to });
    }

    // An alert nobody has picked up.
    await api(ingestKey, 'POST', '/api/v1/integrations/webhook', {
      dedupKey: 'portal-login-failures',
      title: WAITING,
      severity: 'SEV3',
      status: 'firing',
    });
    const open = await api<ListPage<Alert>>(leadToken, 'GET', '/api/v1/alerts?status=open');
    expect(open.items.map((a) => a.title)).toContain(WAITING);

    // Audit events 20 days ago (in the last 30 days, not the last 7) and yesterday.
    const event = (id: string, occurredAt: string) => ({
      id,
      occurredAt,
      category: 'access' as const,
      action: 'auth.login',
      outcome: 'success' as const,
      actor: { type: 'user' as const, email: 'pat@harbour.example' },
    });
    await ingestEvents(ingestKey, [
      ...Array.from({ length: 5 }, (_, i) => event(`old-${i}`, ago(20 * DAY - i * 60_000))),
      ...Array.from({ length: 2 }, (_, i) => event(`new-${i}`, ago(DAY - i * 60_000))),
    ]);
    // A signed checkpoint, rather than waiting for the hourly one.
    await api(leadToken, 'POST', '/api/v1/audit-events/checkpoints');

    lead = await signedInState(browser, LEAD);
    dpo = await signedInState(browser, DPO);
    auditor = await signedInState(browser, AUDITOR);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows a security lead the open incidents, alerts waiting and named response times, over a range kept in the address', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await settled(page);

    // Open incidents by severity: the chip opens the list filtered on it.
    const incidents = region(page, 'Open incidents');
    const sev2 = incidents.getByRole('link', { name: '1 SEV2 incident' });
    expect(await sev2.getAttribute('href')).toBe('/incidents?severity=SEV2');
    expect(await incidents.getByRole('link', { name: incident.reference }).count()).toBe(1);

    // The alert nobody has acknowledged yet, with the way to the queue.
    const alerts = region(page, 'Alerts waiting');
    expect(await alerts.locator('.stat-card__value').innerText()).toBe('1');
    expect(
      await alerts.getByRole('link', { name: 'Open the alert queue' }).getAttribute('href'),
    ).toBe('/alerts');

    // Each metric is named and defined; MTTA is about the 3 h between detection and triage.
    const times = region(page, 'Response times');
    const mtta = times.locator('[data-metric="MTTA"]');
    expect(await mtta.locator('dt').innerText()).toMatch(/^Mean time to acknowledge\s+MTTA$/);
    expect(await mtta.locator('.metric-list__value').innerText()).toMatch(
      /^(2 h 59 min|3 h( \d+ min)?) from 1 incident$/,
    );
    expect(await mtta.locator('.metric-list__definition').innerText()).toContain('acknowledged');
    await times.locator('[data-metric="MTTR_RECOVER"]').getByText('Mean time to recover').waitFor();
    expect(await times.locator('[data-metric="MTTR_RECOVER"]').innerText()).toContain(
      'MTTR (recover) needs at least one recovered incident',
    );
    // The chart is there for the eye, its figures in its label.
    expect(await times.locator('figure').getAttribute('aria-label')).toContain(
      'Mean time to acknowledge (MTTA)',
    );
    await times.locator('figure .recharts-surface').waitFor();
    await region(page, 'Alerts by source').getByRole('cell', { name: '1' }).waitFor({
      state: 'attached',
    });
    await screenshotBothThemes(page, 'overview-security-lead');

    // 30 days by default: the events of 20 days ago are counted.
    const audit = region(page, 'Audit events per day');
    const olderRow = audit.locator(`tr[data-key="${olderDay}"]`);
    expect(await olderRow.locator('td').innerText()).toBe('5');
    expect(await audit.locator('.card__description').innerText()).toMatch(
      /recorded in the last 30 days/,
    );

    // The last 7 days: the address says so, the API is asked for 7 days, the old events are out.
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('/api/v1/dashboard/summary')),
      period(page, '7 d').click(),
    ]);
    await page.waitForURL((url) => url.searchParams.get('range') === '7d');
    const asked = new URL(request.url()).searchParams;
    const span = Date.parse(asked.get('to') ?? '') - Date.parse(asked.get('from') ?? '');
    expect(span).toBe(7 * DAY);
    await olderRow.waitFor({ state: 'detached' });
    expect(await audit.locator('.card__description').innerText()).toMatch(
      /recorded in the last 7 days/,
    );
    expect(
      await region(page, 'Deadlines met on time').locator('.stat-card__when').textContent(),
    ).toBe('Last 7 days');

    // Back to 30 days: the default leaves the address clean, and a reload keeps the choice.
    await period(page, '90 d').click();
    await page.waitForURL((url) => url.searchParams.get('range') === '90d');
    await page.reload();
    await heading(page, 'Overview').waitFor();
    expect(
      await page.getByRole('radiogroup', { name: 'Period' }).getByLabel('90 d').isChecked(),
    ).toBe(true);
    await period(page, '30 d').click();
    await page.waitForURL((url) => !url.searchParams.has('range'));
    await settled(page);
    expect(await olderRow.locator('td').innerText()).toBe('5');

    expectNoProblems(problems);
    await context.close();
  });

  it('shows the DPO the next deadlines counting down, legal or contractual, with their incident', async () => {
    const { page, context, problems } = await openSignedIn(browser, dpo);
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await settled(page);

    const next = region(page, 'Next deadlines');
    const client = next.locator('tr[data-rule="CONTRACT_CLIENT_24H"]').filter({
      hasText: incident.reference,
    });
    // 24 h from the detection 3 h ago.
    expect(await client.getByRole('timer').innerText()).toMatch(/^(20|21) h \d{2} min left$/);
    expect(await client.innerText()).toContain('Contractual deadline');
    expect(await client.innerText()).toContain('Harbour Logistics');

    expect(await region(page, 'Overdue notices').locator('.stat-card__value').innerText()).toBe(
      '0',
    );
    expect(await region(page, 'Last integrity check').innerText()).toContain('signed on demand');
    // No notice deadline fell due yet: the figure says why it is empty.
    expect(await region(page, 'Deadlines met on time').innerText()).toContain(
      'No legal or contractual notice deadline fell due in the last 30 days.',
    );
    // Alerts are the security team's: no card, and no call the API would refuse.
    expect(await region(page, 'Alerts waiting').count()).toBe(0);
    expect(await region(page, 'Alerts by source').count()).toBe(0);
    await screenshotBothThemes(page, 'overview-dpo');

    await client.getByRole('link', { name: incident.reference }).click();
    await page.waitForURL((url) => url.pathname === `/incidents/${incident.id}`);

    expectNoProblems(problems);
    await context.close();
  });

  it('says which figures failed to load, then what an empty period means', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.route('**/api/v1/dashboard/summary?*', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Service Unavailable',
          status: 503,
          detail: 'The database did not answer in time.',
        }),
      }),
    );
    await page.goto('/?range=7d');
    await heading(page, 'Overview').waitFor();
    const times = region(page, 'Response times');
    await times.getByText('The response times could not be loaded').waitFor();
    expect(await times.innerText()).toContain('The database did not answer in time.');
    // The live cards do not depend on the period's figures.
    expect(await region(page, 'Open incidents').locator('.stat-card__value').innerText()).toBe('1');

    // A quiet week: each card says what it would show, and what it needs.
    await page.unroute('**/api/v1/dashboard/summary?*');
    await page.route('**/api/v1/dashboard/summary?*', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          from: ago(7 * DAY),
          to: new Date().toISOString(),
          openIncidentsBySeverity: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 },
          alertsBySource: [],
          responseMetrics: [
            {
              key: 'MTTA',
              label: 'Mean time to acknowledge',
              definition: 'mean(acknowledged − alerted, else detected)',
              meanMs: null,
              samples: 0,
            },
            {
              key: 'MTTC',
              label: 'Mean time to contain',
              definition: 'mean(contained − detected)',
              meanMs: null,
              samples: 0,
            },
          ],
          timeToNotify: [],
          deadlinesMet: { met: 0, late: 0, missed: 0, percent: null },
          auditVolumePerDay: [],
        }),
      }),
    );
    await times.getByRole('button', { name: 'Try again' }).click();
    await times.getByText('No response time to show yet').waitFor();
    expect(await times.innerText()).toContain(
      'No incident detected in the last 7 days has been acknowledged yet: MTTA needs at least one acknowledged incident',
    );
    await region(page, 'Alerts by source').getByText('No alert in this period').waitFor();
    await region(page, 'Audit events per day').getByText('No audit event in this period').waitFor();
    await settled(page);
    await screenshotBothThemes(page, 'overview-empty-period');

    expectNoProblems(problems, [/status of 503/]);
    await context.close();
  });

  it('shows an auditor no alerts card and asks the API for nothing it would refuse', async () => {
    const { page, context, problems } = await openSignedIn(browser, auditor);
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/')) calls.push(new URL(r.url()).pathname);
    });
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await settled(page);
    await region(page, 'Open incidents').getByRole('link', { name: '1 SEV2 incident' }).waitFor();
    await region(page, 'Next deadlines').getByRole('timer').first().waitFor();
    await region(page, 'Last integrity check').waitFor();

    expect(await region(page, 'Alerts waiting').count()).toBe(0);
    expect(await region(page, 'Alerts by source').count()).toBe(0);
    expect(calls.filter((path) => path.startsWith('/api/v1/alerts'))).toEqual([]);

    expectNoProblems(problems);
    await context.close();
  });
});
