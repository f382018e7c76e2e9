import type { Browser, Page } from 'playwright-core';
import { callApi } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

const ADMIN = 'settings-admin@example.test';

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

const anEvent = (id: string) => ({
  id,
  occurredAt: new Date().toISOString(),
  category: 'access',
  action: 'app.auth.login',
  outcome: 'success',
  actor: { type: 'user', email: 'someone@example.test' },
});

describe('settings (admin)', () => {
  let browser: Browser;
  let admin: Awaited<ReturnType<typeof signedInState>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(ADMIN, 'admin', { name: 'Ada Admin' });
    admin = await signedInState(browser, ADMIN);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates an ingest key, shows its secret once with a Copy button, then revokes it', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto('/settings/ingest-keys');
    await heading(page, 'Settings').waitFor();
    await page.getByRole('button', { name: 'New ingest key' }).first().click();

    const form = dialog(page, 'New ingest key');
    await form.getByLabel('Name', { exact: true }).fill('Billing app');
    await form.getByLabel('Source').fill('billing-prod');
    await form.getByLabel('Expires').selectOption('30');
    await screenshotBothThemes(page, 'settings-ingest-key-create', { fullPage: false });
    await form.getByRole('button', { name: 'Create ingest key' }).click();

    const created = dialog(page, 'Ingest key created');
    await created.getByText('This is the only time the ingest key is shown').waitFor();
    const field = created.getByLabel('Ingest key', { exact: true });
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const secret = await field.inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await screenshotBothThemes(page, 'settings-ingest-key-secret', { fullPage: false });

    await created.getByRole('button', { name: 'Copy' }).click();
    await created.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    // Escape does not throw the only copy away.
    await page.keyboard.press('Escape');
    expect(await created.isVisible()).toBe(true);

    // The key works, for its source.
    expect(
      (await callApi(secret, 'POST', '/api/v1/audit-events', { events: [anEvent('k1')] })).status,
    ).toBe(200);

    await created.getByRole('button', { name: 'I have stored it' }).click();
    await created.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    const keyRow = row(page, 'Billing app');
    await keyRow.getByText('Active', { exact: true }).waitFor();
    expect(await keyRow.innerText()).toContain('billing-prod');
    const prefix = (await keyRow.locator('code').first().innerText()).replace(/…$/, '');
    expect(secret.startsWith(prefix)).toBe(true);
    await screenshotBothThemes(page, 'settings-ingest-keys');

    await keyRow.getByRole('button', { name: 'Revoke Billing app' }).click();
    const confirm = dialog(page, 'Revoke Billing app?');
    await confirm.getByText('stops working at once', { exact: false }).waitFor();
    await screenshotBothThemes(page, 'settings-ingest-key-revoke', { fullPage: false });
    await confirm.getByRole('button', { name: 'Revoke ingest key' }).click();
    await confirm.waitFor({ state: 'detached' });
    await keyRow.getByText('Revoked', { exact: true }).waitFor();
    expect(await keyRow.getByRole('button', { name: 'Revoke Billing app' }).count()).toBe(0);

    const after = await callApi(secret, 'POST', '/api/v1/audit-events', {
      events: [anEvent('k2')],
    });
    expect(after.status).toBe(401);

    expectNoProblems(problems);
    await context.close();
  });

  it('creates an API token that acts as a chosen person', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    await page.goto('/settings/api-tokens');
    await page.getByRole('button', { name: 'New API token' }).first().click();
    const form = dialog(page, 'New API token');
    await form.getByLabel('Name', { exact: true }).fill('Weekly export');
    await form.getByLabel('Acts as').selectOption(ADMIN);
    await form.getByRole('button', { name: 'Create API token' }).click();
    const created = dialog(page, 'API token created');
    const token = await created.getByLabel('API token', { exact: true }).inputValue();
    const me = await callApi<{ email: string }>(token, 'GET', '/api/v1/auth/me');
    expect(me).toMatchObject({ status: 200, body: { email: ADMIN } });
    await created.getByRole('button', { name: 'I have stored it' }).click();
    await row(page, 'Weekly export').getByText('Active', { exact: true }).waitFor();
    await screenshotBothThemes(page, 'settings-api-tokens');
    expectNoProblems(problems);
    await context.close();
  });

  it('creates a user, changes the role, deactivates with a warning, and reactivates', async () => {
    const email = 'dana@example.test';
    const { page, context, problems } = await openSignedIn(browser, admin, {
      colorScheme: 'light',
    });
    await page.goto('/settings/users');
    await row(page, ADMIN).waitFor();
    await page.getByRole('button', { name: 'New user' }).first().click();
    const form = dialog(page, 'New user');
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Display name (optional)').fill('Dana Doe');
    await form.getByLabel('Role').selectOption('responder');
    await screenshotBothThemes(page, 'settings-user-create', { fullPage: false });
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `${email} can now sign in` })
      .waitFor();

    const dana = row(page, email);
    await dana.getByText('Responder', { exact: true }).waitFor();
    expect(await dana.innerText()).toMatch(/Dana Doe[\s\S]*Active[\s\S]*Never/);
    await screenshotBothThemes(page, 'settings-users');

    await dana.getByRole('button', { name: `Edit ${email}` }).click();
    const edit = dialog(page, 'Edit Dana Doe');
    await edit.getByLabel('Role').selectOption('dpo');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await dana.getByText('DPO', { exact: true }).waitFor();

    await dana.getByRole('button', { name: `Deactivate ${email}` }).click();
    const confirm = dialog(page, `Deactivate ${email}?`);
    expect(await confirm.innerText()).toContain(
      'ends their sessions and revokes their API tokens at once',
    );
    await screenshotBothThemes(page, 'settings-user-deactivate', { fullPage: false });
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await confirm.waitFor({ state: 'detached' });
    await dana.getByText('Deactivated', { exact: true }).waitFor();

    await dana.getByRole('button', { name: `Reactivate ${email}` }).click();
    await dana.getByText('Active', { exact: true }).waitFor();
    // The admin cannot lock themself out from here.
    expect(
      await row(page, ADMIN)
        .getByRole('button', { name: /Deactivate/ })
        .count(),
    ).toBe(0);

    expectNoProblems(problems);
    await context.close();
  });

  it('creates and edits an organization with jurisdictions and contacts', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    await page.goto('/settings/organizations');
    await page.getByRole('button', { name: 'New organization' }).first().click();
    const form = dialog(page, 'New organization');
    await form.getByLabel('Name', { exact: true }).fill('Initech');
    await form.getByLabel('Id (optional)').fill('initech');
    await form.getByRole('checkbox', { name: /Québec/ }).check();
    await form.getByRole('checkbox', { name: /European Union/ }).check();
    await form.getByRole('button', { name: 'Add contact' }).click();
    await form.getByLabel('Contact 1 name').fill('Peter Gibbons');
    await form.getByLabel('Contact 1 email').fill('not-an-email');
    await form.getByRole('button', { name: 'Create organization' }).click();
    // Checked here before the API is asked.
    await form.getByText('expected an email address').waitFor();
    await form.getByLabel('Contact 1 email').fill('peter@initech.test');
    await form.getByLabel('Contact 1 role').fill('Privacy officer');
    await screenshotBothThemes(page, 'settings-organization-form', { fullPage: false });
    await form.getByRole('button', { name: 'Create organization' }).click();
    await form.waitFor({ state: 'detached' });

    const initech = row(page, 'Initech');
    await initech.getByText('CA-QC', { exact: true }).waitFor();
    expect(await initech.innerText()).toMatch(/EU[\s\S]*Peter Gibbons/);
    await screenshotBothThemes(page, 'settings-organizations');

    await initech.getByRole('button', { name: 'Edit Initech' }).click();
    const edit = dialog(page, 'Edit Initech');
    await edit.getByRole('checkbox', { name: /European Union/ }).uncheck();
    await edit.getByRole('checkbox', { name: /United Kingdom/ }).check();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await initech.getByText('UK', { exact: true }).waitFor();
    expect(await initech.getByText('EU', { exact: true }).count()).toBe(0);

    await initech.getByRole('link', { name: 'Initech' }).click();
    await page.waitForURL((url) => url.pathname === '/organizations/initech');
    await heading(page, 'Initech').waitFor();
    await page.getByRole('cell', { name: 'peter@initech.test' }).waitFor();
    await screenshotBothThemes(page, 'organization');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Organizations' })
      .click();
    await heading(page, 'Organizations').waitFor();
    await row(page, 'Initech').waitFor();
    await screenshotBothThemes(page, 'organizations-list');

    expectNoProblems(problems);
    await context.close();
  });

  it('lists the mail Vigil sent, filtered by status', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    await page.goto('/outbox');
    await heading(page, 'Outbox').waitFor();
    const codeMail = row(page, ADMIN).filter({ hasText: 'Your Vigil sign-in code' }).first();
    await codeMail.getByText('Sent', { exact: true }).waitFor();
    await screenshotBothThemes(page, 'outbox-mail-log');

    const statusFilter = page.getByRole('radiogroup', { name: 'Filter by status' });
    await statusFilter.locator('label', { hasText: /^Failed/ }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'failed');
    await page.getByText('No failed messages').waitFor();
    await statusFilter.locator('label', { hasText: /^Sent/ }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'sent');
    // The address changes before React renders the new filter; wait for the checked radio.
    await statusFilter.getByRole('radio', { name: /^Sent/, checked: true }).waitFor();
    await codeMail.waitFor();
    const statuses = await page.locator('tbody .badge').allInnerTexts();
    expect(new Set(statuses.map((s) => s.trim()))).toEqual(new Set(['Sent']));
    await screenshotBothThemes(page, 'outbox-sent');

    expectNoProblems(problems);
    await context.close();
  });
});
