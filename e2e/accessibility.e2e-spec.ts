import type { Incident, Organization, RunbookRun } from '@vigil/contracts';
import type { Browser, Page } from 'playwright-core';
import { api, ingestEvents } from './support/api';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser, openPage } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

// Issue 8: every page passes axe's WCAG 2.0/2.1 A and AA rules with nothing serious or critical,
// in both themes, on a 1280 px laptop screen.

const ADMIN = 'a11y-admin@example.test';
const LEAD = 'a11y-lead@example.test';
const SOURCE = 'e2e-a11y';
const ORG = { id: 'a11y-clinics', name: 'A11y Harbour Clinics' };
const INCIDENT = 'A11y check: shared drive link opened from an unknown network';
const ALERT = 'A11y check: backup volume almost full';
const AUDIT_ACTION = 'a11y.report.view';

const LAPTOP = { width: 1280, height: 800 };
const THEMES = ['dark', 'light'] as const;

type State = Awaited<ReturnType<typeof signedInState>>;

/** No skeleton left, in the page or in an open dialog. */
const settled = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

/** What a 1280 px screen cannot show without scrolling sideways. */
const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return '';
    // The innermost elements that stick out, to say where to look.
    const out = [...document.querySelectorAll<HTMLElement>('body *')].filter(
      (el) => el.getBoundingClientRect().right > width + 0.5,
    );
    const innermost = out
      .filter((el) => !out.some((other) => other !== el && el.contains(other)))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return `the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window (${innermost.join(', ')})`;
  });

/** What axe and the 1280 px window find wrong with the page as it is now, '' when nothing. */
const findProblems = async (page: Page, where: string): Promise<string> => {
  await settled(page);
  const violations = await seriousViolations(page);
  const overflow = await sidewaysOverflow(page);
  return [
    violations.length > 0 ? describeViolations(where, violations) : '',
    overflow ? `${where}: ${overflow}` : '',
  ]
    .filter(Boolean)
    .join('\n');
};

interface Visit {
  name: string;
  path: () => string;
  /** The page's h1 once loaded. */
  title: () => string;
  /** Opens what the check must cover beyond the page (a drawer, a dialog). */
  open?: (page: Page) => Promise<void>;
}

describe('accessibility', () => {
  let browser: Browser;
  let admin: State;
  let incident: Incident;
  let runbook: { id: string; title: string };
  let run: RunbookRun;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(ADMIN, 'admin', { name: 'Ada Access' });
    await createUser(LEAD, 'security_lead', { name: 'Lee Access' });
    const [adminToken, leadToken, ingestKey] = await Promise.all([
      createApiToken(ADMIN, 'e2e accessibility'),
      createApiToken(LEAD, 'e2e accessibility'),
      createIngestKey(SOURCE, 'e2e accessibility'),
      // A long name, as real ones are: the credentials table must still fit a 1280 px screen.
      createApiToken(LEAD, 'Nightly export of the audit log to the archive bucket (e2e a11y)'),
    ]);
    const org = await api<Organization>(adminToken, 'POST', '/api/v1/organizations', {
      ...ORG,
      jurisdictions: ['CA'],
      contacts: [{ name: 'Ana Access', email: 'security@a11y-clinics.example' }],
    });
    // Detected now: its client clock runs (a notice to prepare) without being overdue.
    incident = await api<Incident>(leadToken, 'POST', '/api/v1/incidents', {
      title: INCIDENT,
      severity: 'SEV3',
      organizationIds: [org.id],
    });
    await api(ingestKey, 'POST', '/api/v1/integrations/webhook', {
      dedupKey: 'a11y-backup-volume',
      title: ALERT,
      severity: 'SEV3',
      status: 'firing',
      details: { volume: 'backup-1', usedPercent: 91 },
    });
    await ingestEvents(ingestKey, [
      {
        id: 'a11y-view-1',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        category: 'data',
        action: AUDIT_ACTION,
        outcome: 'success',
        actor: { type: 'user', email: 'pat@a11y-clinics.example' },
        organizationId: org.id,
      },
    ]);
    // The starter library a fresh database gets.
    const library = await api<{ items: { id: string; title: string }[] }>(
      leadToken,
      'GET',
      '/api/v1/runbooks',
    );
    runbook = library.items[0];
    run = await api<RunbookRun>(leadToken, 'POST', `/api/v1/runbooks/${runbook.id}/runs`, {
      incidentId: incident.id,
    });
    admin = await signedInState(browser, ADMIN);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const visits: Visit[] = [
    { name: 'overview', path: () => '/', title: () => 'Overview' },
    { name: 'incidents list', path: () => '/incidents', title: () => 'Incidents' },
    {
      name: 'open incident dialog',
      path: () => '/incidents',
      title: () => 'Incidents',
      open: async (page) => {
        await page.getByRole('button', { name: 'Open incident' }).first().click();
        await page.getByRole('dialog', { name: 'Open incident' }).waitFor();
      },
    },
    { name: 'incident', path: () => `/incidents/${incident.id}`, title: () => INCIDENT },
    {
      name: 'alerts with the drawer open',
      path: () => '/alerts',
      title: () => 'Alerts',
      open: async (page) => {
        await page
          .getByRole('region', { name: 'Queue' })
          .getByRole('button', { name: ALERT, exact: true })
          .click();
        await page.getByRole('dialog', { name: ALERT }).waitFor();
      },
    },
    { name: 'deadlines board', path: () => '/deadlines', title: () => 'Deadlines' },
    {
      name: 'notice dialog',
      path: () => '/deadlines',
      title: () => 'Deadlines',
      open: async (page) => {
        await page
          .getByRole('region', { name: 'Clocks' })
          .locator('tr[data-rule="CONTRACT_CLIENT_24H"]')
          .filter({ hasText: incident.reference })
          .getByRole('button', { name: 'Prepare notice' })
          .click();
        await page.getByRole('dialog').waitFor();
      },
    },
    { name: 'breach register', path: () => '/deadlines/register', title: () => 'Breach register' },
    {
      name: 'audit log with an event open',
      path: () => `/audit?action=${AUDIT_ACTION}`,
      title: () => 'Audit log',
      open: async (page) => {
        await page
          .getByRole('grid', { name: 'Audit events, newest first' })
          .locator('[role=rowgroup] + [role=rowgroup] [role=row]')
          .first()
          .click();
        await page.getByRole('dialog', { name: AUDIT_ACTION }).waitFor();
      },
    },
    { name: 'runbooks', path: () => '/runbooks', title: () => 'Runbooks' },
    { name: 'runbook', path: () => `/runbooks/${runbook.id}`, title: () => runbook.title },
    { name: 'new runbook', path: () => '/runbooks/new', title: () => 'New runbook' },
    {
      name: 'runbook editor',
      path: () => `/runbooks/${runbook.id}/edit`,
      title: () => runbook.title,
    },
    { name: 'run', path: () => `/runbook-runs/${run.id}`, title: () => runbook.title },
    { name: 'continuity', path: () => '/continuity', title: () => 'Continuity' },
    { name: 'organizations', path: () => '/organizations', title: () => 'Organizations' },
    { name: 'organization', path: () => `/organizations/${ORG.id}`, title: () => ORG.name },
    { name: 'outbox', path: () => '/outbox', title: () => 'Outbox' },
    ...[
      'users',
      'organizations',
      'api-tokens',
      'ingest-keys',
      'alert-rules',
      'detection-rules',
      'sns',
      'webhooks',
      'response-targets',
      'appearance',
    ].map((tab) => ({
      name: `settings: ${tab}`,
      path: () => `/settings/${tab}`,
      title: () => 'Settings',
    })),
    { name: 'not found', path: () => '/no-such-place-a11y', title: () => 'Page not found' },
  ];

  // Each theme is loaded afresh, as the system's colour scheme: flipped in place, Chromium showed
  // inherited colours of the old theme to axe for a few frames.
  it.each(visits.map((v) => [v.name, v] as const))(
    'finds nothing serious on %s, in both themes',
    async (name, visit) => {
      const report: string[] = [];
      for (const theme of THEMES) {
        const { page, context, problems } = await openSignedIn(browser, admin, {
          viewport: LAPTOP,
          colorScheme: theme,
        });
        await page.goto(visit.path());
        await heading(page, visit.title()).waitFor();
        await settled(page);
        await visit.open?.(page);
        report.push(await findProblems(page, `${name} [${theme}]`));
        expectNoProblems(problems);
        await context.close();
      }
      expect(report.filter(Boolean).join('\n')).toBe('');
    },
  );

  // French runs longer than English: every page is checked again in Québec French, where a
  // label that no longer fits at 1280 px would show. The browser's language chooses it.
  it('finds nothing serious on any page in French, nor anything wider than a laptop', async () => {
    const report: string[] = [];
    const { page, context, problems } = await openSignedIn(browser, admin, {
      viewport: LAPTOP,
      locale: 'fr-CA',
    });
    for (const visit of visits.filter((v) => !v.open)) {
      await page.goto(visit.path());
      await page.locator('main h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-CA');
      report.push(await findProblems(page, `${visit.name} [fr-CA]`));
    }
    expectNoProblems(problems);
    await context.close();
    expect(report.filter(Boolean).join('\n')).toBe('');
  });

  it('finds nothing serious on the sign-in page, in both themes', async () => {
    const report: string[] = [];
    for (const theme of THEMES) {
      const { page, context, problems } = await openPage(browser, {
        viewport: LAPTOP,
        colorScheme: theme,
      });
      await page.goto('/sign-in');
      await heading(page, 'Sign in to Vigil').waitFor();
      report.push(await findProblems(page, `sign-in [${theme}]`));
      expectNoProblems(problems);
      await context.close();
    }
    expect(report.filter(Boolean).join('\n')).toBe('');
  });

  it('tabs from the top of the overview through the skip link, the navigation, then the content, each visibly focused', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin, { viewport: LAPTOP });
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await settled(page);

    const stops: { where: string; name: string; visible: boolean }[] = [];
    for (let i = 0; i < 40 && !stops.some((s) => s.where === 'main'); i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          const where = el.closest('main')
            ? 'main'
            : el.closest('nav[aria-label="Main"]')
              ? 'nav'
              : el.closest('header')
                ? 'banner'
                : el.closest('aside')
                  ? 'sidebar'
                  : el.classList.contains('skip-link')
                    ? 'skip'
                    : el.tagName.toLowerCase();
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          return {
            where,
            name: (el.getAttribute('aria-label') ?? el.innerText).trim().replace(/\s+/g, ' '),
            visible: outline || style.boxShadow !== 'none',
          };
        }),
      );
    }

    expect(stops[0]).toMatchObject({ where: 'skip', name: 'Skip to content' });
    const firstIn = (where: string) => stops.findIndex((s) => s.where === where);
    expect(firstIn('nav')).toBeGreaterThan(0);
    expect(firstIn('main')).toBeGreaterThan(firstIn('nav'));
    // The navigation in its visual order, Overview first.
    expect(stops.filter((s) => s.where === 'nav').map((s) => s.name)).toEqual(
      expect.arrayContaining(['Overview', 'Incidents', 'Alerts', 'Settings']),
    );
    expect(stops.find((s) => s.where === 'nav')?.name).toBe('Overview');
    expect(stops.filter((s) => !s.visible)).toEqual([]);

    expectNoProblems(problems);
    await context.close();
  });
});
