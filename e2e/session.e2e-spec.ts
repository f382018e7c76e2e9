import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshotBothThemes } from './support/browser';
import { createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { signIn } from './support/session';

// Addresses of this file only: each gets its own sign-in rate limit.
const ADMIN = 'session-admin@example.test';
const RESPONDER = 'session-responder@example.test';

// The browser logs every 401 it receives; here they are the point of the test.
const UNAUTHORIZED = [/status of 401/];

describe('session', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(ADMIN, 'admin', { name: 'Sam Session' });
    await createUser(RESPONDER, 'responder');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in with a mailed code, shows who and what role, signs out, and the old cookie is dead', async () => {
    const { page, context, problems } = await openPage(browser);

    // A page behind the sign-in sends the visitor to sign in, and back after.
    await page.goto('/settings/ingest-keys');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/settings/ingest-keys');
    await page.getByText('You will be taken back to', { exact: false }).waitFor();

    await signIn(page, ADMIN);
    await page.waitForURL((url) => url.pathname === '/settings/ingest-keys');
    await heading(page, 'Settings').waitFor();

    const topBar = page.getByRole('banner').filter({ hasText: 'Sign out' });
    await topBar.getByText('Sam Session', { exact: true }).waitFor();
    expect(await topBar.getByText(ADMIN, { exact: true }).isVisible()).toBe(true);
    expect(await topBar.getByText('Admin', { exact: true }).isVisible()).toBe(true);
    await screenshotBothThemes(page, 'signed-in-top-bar');

    const cookie = (await context.cookies()).find((c) => c.name.endsWith('vigil_session'));
    expect(cookie).toBeDefined();
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(200);

    await topBar.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await heading(page, 'Sign in to Vigil').waitFor();
    // Signed out on purpose: no "continue to" note for whoever signs in next.
    expect(new URL(page.url()).search).toBe('');
    expect((await context.cookies()).some((c) => c.name.endsWith('vigil_session'))).toBe(false);

    // Put the old cookie back, as someone who copied it would: the server has ended that session.
    await context.addCookies([cookie!]);
    const afterLogout = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(afterLogout).toBe(401);
    await page.goto('/audit');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/audit');
    await heading(page, 'Sign in to Vigil').waitFor();

    expectNoProblems(problems, UNAUTHORIZED);
    await context.close();
  });

  it('hides what a responder cannot use, and says so when they go there anyway', async () => {
    const { page, context, problems } = await openPage(browser, { colorScheme: 'light' });
    await page.goto('/sign-in');
    await signIn(page, RESPONDER);
    await heading(page, 'Overview').waitFor();

    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = await nav.getByRole('link').allInnerTexts();
    expect(links.map((l) => l.trim())).toEqual([
      'Overview',
      'Incidents',
      'Alerts',
      // No Deadlines: a responder reads an incident's clocks on the incident, not the DPO's board.
      'Runbooks',
      'Continuity',
      'Organizations',
      // Alert and detection rules, read-only for a responder.
      'Settings',
    ]);
    expect(await page.getByText('Responder', { exact: true }).isVisible()).toBe(true);

    await page.goto('/audit');
    await page.getByText('This page is not available to your role').waitFor();
    await screenshotBothThemes(page, 'not-available-to-role');
    await page.getByRole('link', { name: 'Go to your start page' }).click();
    await heading(page, 'Overview').waitFor();

    expectNoProblems(problems);
    await context.close();
  });
});
