import type { Readiness } from '@vigil/contracts';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  openPage,
  screenshot,
  screenshotBothThemes,
  type OpenPageOptions,
} from './support/browser';
import { expectNoProblems, heading } from './support/expect';
import { waitForSignInCode } from './support/mail-sink';
import { openSignedIn, signedInState } from './support/session';

// jest.config.cjs sets testTimeout on the e2e project, but Jest reads that option only globally.

// The account the API creates on its first start (VIGIL_ADMIN_EMAIL's default).
const ADMIN = 'admin@localhost';

const sections = [
  { link: 'Overview', path: '/', slug: 'overview' },
  { link: 'Incidents', path: '/incidents', slug: 'incidents' },
  { link: 'Alerts', path: '/alerts', slug: 'alerts' },
  { link: 'Deadlines', path: '/deadlines', slug: 'deadlines' },
  { link: 'Audit log', path: '/audit', slug: 'audit' },
  { link: 'Runbooks', path: '/runbooks', slug: 'runbooks' },
  { link: 'Continuity', path: '/continuity', slug: 'continuity' },
  { link: 'Organizations', path: '/organizations', slug: 'organizations' },
  { link: 'Outbox', path: '/outbox', slug: 'outbox' },
  // Settings opens on its first tab.
  { link: 'Settings', path: '/settings/users', slug: 'settings' },
] as const;

type Theme = 'dark' | 'light';

const statusPanel = (page: Page) => page.getByRole('region', { name: 'System status' });

const currentTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

const waitForStatus = (page: Page, headline: string) =>
  statusPanel(page).getByText(headline, { exact: true }).waitFor();

const dependencyRow = (page: Page, name: string) =>
  statusPanel(page).getByRole('listitem').filter({ hasText: name });

const visitEverySection = async (page: Page, theme: Theme) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const section of sections) {
    await nav.getByRole('link', { name: section.link, exact: true }).click();
    await page.waitForURL((url) => url.pathname === section.path);
    await heading(page, section.link).waitFor();
    expect(await page.title()).toBe(`${section.link} · Vigil`);
    expect(
      await nav.getByRole('link', { name: section.link, exact: true }).getAttribute('aria-current'),
    ).toBe('page');
    // Shot once loaded, not halfway through its skeletons.
    await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
    await screenshot(page, `${theme}-${section.slug}`);
  }
};

const fakeReadiness = (page: Page, status: number, body: Readiness) =>
  page.route('**/health/ready', (route) =>
    route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) }),
  );

const problemJson = (status: number, title: string, detail: string, instance: string) => ({
  status,
  contentType: 'application/problem+json',
  body: JSON.stringify({ type: 'about:blank', title, status, detail, instance }),
});

describe('console shell', () => {
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof signedInState>>;
  // Every shell page is behind the sign-in: these tests share one admin session.
  const openAsAdmin = (options: OpenPageOptions = {}) => openSignedIn(browser, admin, options);

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await signedInState(browser, ADMIN);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('serves the dashboard with a strict Content-Security-Policy', async () => {
    const { page, context, problems } = await openAsAdmin();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await heading(page, 'Overview').waitFor();
    expectNoProblems(problems);
    await context.close();
  });

  it('navigates every area in dark and light themes without a console error', async () => {
    const { page, context, problems } = await openAsAdmin({ colorScheme: 'dark' });
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await waitForStatus(page, 'All systems operational');
    expect(await currentTheme(page)).toBe('dark');

    await visitEverySection(page, 'dark');

    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await currentTheme(page)).toBe('light');
    await visitEverySection(page, 'light');

    // The choice survives a reload, whatever the system prefers.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Overview' })
      .click();
    await heading(page, 'Overview').waitFor();
    await page.reload();
    await heading(page, 'Overview').waitFor();
    expect(await currentTheme(page)).toBe('light');
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await currentTheme(page)).toBe('dark');

    expectNoProblems(problems);
    await context.close();
  });

  it('shows Postgres and Redis up in the status panel', async () => {
    const { page, context, problems } = await openAsAdmin();
    await page.goto('/');
    await waitForStatus(page, 'All systems operational');
    expect(await dependencyRow(page, 'Postgres').innerText()).toMatch(/Postgres\s+Up/);
    expect(await dependencyRow(page, 'Redis').innerText()).toMatch(/Redis\s+Up/);
    // Redis is configured here, so the in-process timers banner stays hidden.
    expect(await page.getByText('No Redis configured', { exact: false }).count()).toBe(0);
    expectNoProblems(problems);
    await context.close();
  });

  it('follows the system colour scheme on a first visit', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, context, problems } = await openAsAdmin({ colorScheme: scheme });
      await page.goto('/');
      await heading(page, 'Overview').waitFor();
      expect(await currentTheme(page)).toBe(scheme);
      expectNoProblems(problems);
      await context.close();
    }
  });

  it('lets the keyboard skip straight to the content', async () => {
    // The narrowest layout the console supports.
    const { page, context, problems } = await openAsAdmin({
      viewport: { width: 1280, height: 720 },
    });
    await page.goto('/incidents');
    await heading(page, 'Incidents').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await screenshot(page, 'dark-incidents-1280');
    expectNoProblems(problems);
    await context.close();
  });

  it('shows a not-found page for an unknown address, inside the shell', async () => {
    const { page, context, problems } = await openAsAdmin();
    await page.goto('/no-such-place');
    await heading(page, 'Page not found').waitFor();
    expect(await page.getByText('/no-such-place', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'dark-not-found');
    await page.getByRole('link', { name: 'Go to Overview' }).click();
    await heading(page, 'Overview').waitFor();
    expectNoProblems(problems);
    await context.close();
  });

  it('reports a dependency that is down, and the embedded database', async () => {
    const { page, context, problems } = await openAsAdmin();
    await fakeReadiness(page, 503, {
      status: 'unavailable',
      checks: {
        postgres: { status: 'up', latencyMs: 2 },
        redis: { status: 'down', error: 'connect ECONNREFUSED 127.0.0.1:6379' },
      },
      down: ['redis'],
      mode: { database: 'embedded', timers: 'redis' },
      version: '0.1.0',
    });
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await waitForStatus(page, 'Degraded: Redis down');
    expect(await dependencyRow(page, 'Redis').innerText()).toMatch(/Redis\s+Down/);
    await page.getByText('Embedded database', { exact: true }).waitFor();
    await screenshot(page, 'dark-degraded');
    expectNoProblems(problems, [/status of 503/]);
    await context.close();
  });

  it('says so when timers run in-process because no Redis is configured', async () => {
    const { page, context, problems } = await openAsAdmin({ colorScheme: 'light' });
    await fakeReadiness(page, 200, {
      status: 'ok',
      checks: { postgres: { status: 'up', latencyMs: 1 } },
      down: [],
      mode: { database: 'embedded', timers: 'in-process' },
      version: '0.1.0',
    });
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    await waitForStatus(page, 'All systems operational');
    expect(await dependencyRow(page, 'Redis').innerText()).toMatch(/Redis\s+Not configured/);
    await page
      .getByText('No Redis configured: reminders run in-process from the database sweeper.')
      .waitFor();
    await screenshot(page, 'light-no-redis');
    expectNoProblems(problems);
    await context.close();
  });

  it('offers to try again when a page fails to load', async () => {
    const { page, context, problems } = await openAsAdmin();
    await page.goto('/');
    await heading(page, 'Overview').waitFor();
    // As after a deploy: the page's chunk is gone from the server.
    await page.route('**/assets/runbooks-page-*.js', (route) => route.abort('failed'));
    await page.getByRole('link', { name: 'Runbooks', exact: true }).click();
    await page.getByRole('heading', { name: 'This page could not be loaded' }).waitFor();
    // The shell stays usable around the failed page.
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    await screenshot(page, 'dark-page-load-error');

    await page.unroute('**/assets/runbooks-page-*.js');
    await page.getByRole('button', { name: 'Try again' }).click();
    await heading(page, 'Runbooks').waitFor();
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors.length).toBeGreaterThan(0);
    await context.close();
  });

  it('speaks the browser’s French on a first visit, and switches language at once', async () => {
    const { page, context, problems } = await openAsAdmin({ locale: 'fr-CA' });
    await page.goto('/');
    await heading(page, 'Aperçu').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr-CA');
    expect(await page.title()).toBe('Aperçu · Vigil');
    const nav = page.getByRole('navigation', { name: 'Principale' });
    await nav.getByRole('link', { name: 'Journal d’audit', exact: true }).waitFor();

    // A failed save keeps the choice on screen; the next choice still works.
    await page.route('**/api/v1/auth/me', (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill(problemJson(503, 'Service Unavailable', 'down', '/api/v1/auth/me'))
        : route.fallback(),
    );
    const failed = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await failed;
    await heading(page, 'Overview').waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Audit log' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en');

    await page.unroute('**/api/v1/auth/me');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr-CA');
    expect((await saved).status()).toBe(200);
    await heading(page, 'Aperçu').waitFor();
    await page.reload();
    await heading(page, 'Aperçu').waitFor();

    // Back to English for the account, so later pages and specs read as before.
    const restored = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    expect((await restored).status()).toBe(200);
    await heading(page, 'Overview').waitFor();
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('shows the API problem when email sign-in is not available (404)', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.route('**/api/v1/auth/otp', (route) =>
      route.fulfill(
        problemJson(404, 'Not Found', 'Cannot POST /api/v1/auth/otp', '/api/v1/auth/otp'),
      ),
    );
    await page.goto('/sign-in');
    await page.getByLabel('Work email').fill('lead@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Email sign-in is not available on this server').waitFor();
    expect(await alert.innerText()).toContain('Cannot POST /api/v1/auth/otp');
    expect(await alert.innerText()).toContain('HTTP 404');
    await screenshot(page, 'dark-sign-in-unavailable');
    expectNoProblems(problems, [/status of 404/]);
    await context.close();
  });

  it('walks email then code, and explains a wrong code (401)', async () => {
    const { page, context, problems } = await openPage(browser, { colorScheme: 'light' });
    const sent: unknown[] = [];
    await page.route('**/api/v1/auth/otp', async (route) => {
      sent.push(route.request().postDataJSON());
      await route.fulfill({ status: 202, body: '' });
    });
    await page.route('**/api/v1/auth/otp/verify', (route) =>
      route.fulfill(
        problemJson(
          401,
          'Unauthorized',
          'The code is wrong or expired.',
          '/api/v1/auth/otp/verify',
        ),
      ),
    );
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Send code' }).click();
    await page.getByText('Enter the email address you use for Vigil', { exact: false }).waitFor();
    expect(sent).toHaveLength(0);

    await page.getByLabel('Work email').fill(' dpo@example.com ');
    await page.getByRole('button', { name: 'Send code' }).click();
    await heading(page, 'Check your email').waitFor();
    expect(sent).toEqual([{ email: 'dpo@example.com' }]);

    // A code pasted from the email with a space in it still fits.
    await page.getByLabel('Sign-in code').fill('123 456');
    expect(await page.getByLabel('Sign-in code').inputValue()).toBe('123456');
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.getByText('That code is wrong or has expired.', { exact: false }).waitFor();
    await screenshot(page, 'light-sign-in-wrong-code');
    expectNoProblems(problems, [/status of 401/]);
    await context.close();
  });

  it('offers single sign-on when it is set up, and says why it failed', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.route('**/api/v1/auth/sso', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ enabled: true, issuer: 'https://login.example.com/realms/vigil' }),
      }),
    );
    await page.goto('/sign-in?sso_error=unknown_user');
    const alert = page.getByRole('alert');
    await alert.getByText('Single sign-on did not work').waitFor();
    expect(await alert.innerText()).toContain(
      'No Vigil account uses the email address your identity provider gave',
    );
    const sso = page.getByRole('link', { name: 'Sign in with SSO' });
    // A full-page navigation to the provider, not a fetch.
    expect(await sso.getAttribute('href')).toBe('/api/v1/auth/sso/start');
    await page.getByText('Through login.example.com').waitFor();
    await screenshotBothThemes(page, 'sign-in-sso-error');
    expectNoProblems(problems);
    await context.close();
  });

  it('counts down a rate limit (429) before letting the person try again', async () => {
    const { page, context, problems } = await openPage(browser, { colorScheme: 'light' });
    await page.route('**/api/v1/auth/otp', (route) =>
      route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'Retry-After': '90' },
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Too Many Requests',
          status: 429,
          detail: 'Too many sign-in attempts; wait before trying again.',
        }),
      }),
    );
    await page.goto('/sign-in');
    await page.getByLabel('Work email').fill('lead@example.com');
    await page.getByRole('button', { name: 'Send code' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/Too many attempts: try again in 1 min (30|29) s/).waitFor();
    expect(await alert.innerText()).toContain('wait before trying again');
    expect(await page.getByRole('button', { name: 'Send code' }).isDisabled()).toBe(true);
    await screenshot(page, 'light-sign-in-rate-limited');
    expectNoProblems(problems, [/status of 429/]);
    await context.close();
  });

  it('sends a visitor without a session to sign in, in both themes', async () => {
    for (const theme of ['dark', 'light'] as const) {
      const { page, context, problems } = await openPage(browser, { colorScheme: theme });
      await page.goto('/');
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await heading(page, 'Sign in to Vigil').waitFor();
      expect(await page.getByLabel('Work email').isVisible()).toBe(true);
      // Nothing of the console shows before a sign-in.
      expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
      await screenshot(page, `${theme}-sign-in`);
      expectNoProblems(problems);
      await context.close();
    }
  });

  it('signs in with the code from the email', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto('/sign-in');
    const since = Date.now();
    await page.getByLabel('Work email').fill(ADMIN);
    await page.getByRole('button', { name: 'Send code' }).click();
    await heading(page, 'Check your email').waitFor();
    // A second code cannot be asked for straight away.
    expect(await page.getByRole('button', { name: 'Send a new code' }).isDisabled()).toBe(true);

    await page.getByLabel('Sign-in code').fill(await waitForSignInCode(ADMIN, since));
    await page.getByRole('button', { name: 'Verify and sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await heading(page, 'Overview').waitFor();
    const session = (await context.cookies()).find((c) => c.name.endsWith('vigil_session'));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expectNoProblems(problems);
    await context.close();
  });
});
