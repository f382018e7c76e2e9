import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { openSignedIn, signedInState } from './support/session';

const ADMIN = 'webhooks-admin@example.test';
const LEAD = 'webhooks-lead@example.test';
const HOOK = 'SecOps receiver';

type State = Awaited<ReturnType<typeof signedInState>>;

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** The receiving end of a webhook, on 127.0.0.1: keeps each request, answers `status`. */
const startReceiver = async () => {
  const received: Received[] = [];
  let status = 200;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/vigil`,
    received,
    answer: (next: number) => (status = next),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/** What the dialog tells receivers to do: HMAC-SHA256 of `<timestamp>.<raw body>`, fresh. */
const signedBy = (secret: string, { headers, body }: Received): boolean => {
  const timestamp = String(headers['x-vigil-timestamp']);
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) <= 300;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return fresh && headers['x-vigil-signature'] === `v1=${expected}`;
};

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });
const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

describe('webhooks and response targets', () => {
  let browser: Browser;
  let admin: State;
  let lead: State;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    browser = await launchBrowser();
    receiver = await startReceiver();
    await createUser(ADMIN, 'admin', { name: 'Ada Admin' });
    await createUser(LEAD, 'security_lead', { name: 'Lena Lead' });
    admin = await signedInState(browser, ADMIN);
    lead = await signedInState(browser, LEAD);
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.close();
  });

  it('creates a webhook, shows its secret once, and sends a signed test the receiver can verify', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.goto('/settings/webhooks');
    await heading(page, 'Settings').waitFor();
    await page.getByText('No webhooks yet').waitFor();
    await screenshotBothThemes(page, 'settings-webhooks-empty');
    await page.getByRole('button', { name: 'New webhook' }).first().click();

    const form = dialog(page, 'New webhook');
    await form.getByLabel('Name', { exact: true }).fill(HOOK);
    await form.getByLabel('URL').fill('hooks.example.test');
    await form.getByRole('button', { name: 'Create webhook' }).click();
    // Checked here before the API is asked.
    await form.getByText('The full address, starting with https://').waitFor();
    await form.getByLabel('URL').fill(receiver.url);
    for (const label of [
      'Notification deadline reminders',
      'Overdue notification escalations',
      'Response target reminders',
      'Overdue response escalations',
    ]) {
      expect(await form.getByRole('checkbox', { name: label }).isChecked()).toBe(true);
    }
    await form.getByRole('checkbox', { name: 'Response target reminders' }).uncheck();
    await screenshotBothThemes(page, 'settings-webhook-create', { fullPage: false });
    await form.getByRole('button', { name: 'Create webhook' }).click();

    const created = dialog(page, 'Webhook created');
    await created.getByText('This is the only time the signing secret is shown').waitFor();
    await created.getByText('X-Vigil-Signature: v1=<hex>').waitFor();
    const field = created.getByLabel('Signing secret', { exact: true });
    expect(await field.getAttribute('readonly')).not.toBeNull();
    const secret = await field.inputValue();
    expect(secret).toMatch(/^whsec_.{20,}/);
    await screenshotBothThemes(page, 'settings-webhook-secret', { fullPage: false });

    await created.getByRole('button', { name: 'Copy' }).click();
    await created.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    // Escape does not throw the only copy away.
    await page.keyboard.press('Escape');
    expect(await created.isVisible()).toBe(true);
    await created.getByRole('button', { name: 'I have stored it' }).click();
    await created.waitFor({ state: 'detached' });
    expect(await page.content()).not.toContain(secret);

    const hook = row(page, HOOK).first();
    await hook.getByText(receiver.url).waitFor();
    expect(await hook.innerText()).toMatch(
      /Notification deadline reminders, Overdue notification escalations, Overdue response escalations[\s\S]*Never/,
    );
    expect(await hook.getByRole('switch', { name: `Active: ${HOOK}` }).isChecked()).toBe(true);

    await hook.getByRole('button', { name: `Send test to ${HOOK}` }).click();
    await page.getByText(/^Delivered: HTTP 200 in \d+ ms$/).waitFor();
    await hook.getByText('Delivered', { exact: true }).waitFor();
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received as [Received];
    expect(signedBy(secret, delivery)).toBe(true);
    expect(signedBy('whsec_someone-else', delivery)).toBe(false);
    expect(delivery.headers['x-vigil-event']).toBe('test');
    expect(JSON.parse(delivery.body)).toMatchObject({
      text: expect.stringContaining(`Vigil test message for webhook "${HOOK}"`),
      vigil: { event: 'test' },
    });
    await screenshotBothThemes(page, 'settings-webhooks');

    // An endpoint that refuses: said as plainly, with the status it answered.
    receiver.answer(500);
    await hook.getByRole('button', { name: `Send test to ${HOOK}` }).click();
    await page.getByText('Failed: HTTP 500 from the webhook').waitFor();
    await screenshotBothThemes(page, 'settings-webhook-test-failed');
    receiver.answer(200);

    await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'PATCH' && r.url().includes('/api/v1/webhooks/'),
      ),
      hook.getByRole('switch', { name: `Active: ${HOOK}` }).uncheck({ force: true }),
    ]);
    await page.reload();
    await row(page, HOOK).first().getByText(receiver.url).waitFor();
    expect(
      await row(page, HOOK)
        .first()
        .getByRole('switch', { name: `Active: ${HOOK}` })
        .isChecked(),
    ).toBe(false);

    await row(page, HOOK)
      .first()
      .getByRole('button', { name: `Delete ${HOOK}` })
      .click();
    const confirm = dialog(page, `Delete “${HOOK}”?`);
    await confirm.getByText(receiver.url).waitFor();
    await confirm.getByRole('button', { name: 'Delete webhook' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByText('No webhooks yet').waitFor();

    expectNoProblems(problems);
    await context.close();
  });

  it('changes the SEV1 acknowledge target, which is saved and no longer the default', async () => {
    const { page, context, problems } = await openSignedIn(browser, admin);
    await page.goto('/settings/response-targets');
    const sev1 = row(page, 'SEV1');
    await sev1.getByText('Critical', { exact: true }).waitFor();
    await sev1.getByText('Default', { exact: true }).waitFor();
    const acknowledge = page.getByLabel('SEV1 acknowledge within', { exact: true });
    expect(await acknowledge.inputValue()).toBe('15');
    expect(await page.getByRole('button', { name: 'Save targets' }).isDisabled()).toBe(true);
    await page.getByText('Saving moves the clocks of open incidents').waitFor();

    await acknowledge.fill('0.5');
    await page.getByLabel('SEV1 acknowledge within, unit').selectOption('h');
    await sev1.getByText('was 15 min').waitFor();
    await screenshotBothThemes(page, 'settings-response-targets-edit');
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.getByText('Response targets saved').waitFor();

    // Shown again from what the server holds: 30 minutes, set by an admin.
    expect(await acknowledge.inputValue()).toBe('30');
    expect(await page.getByLabel('SEV1 acknowledge within, unit').inputValue()).toBe('min');
    expect(await sev1.getByText('Default', { exact: true }).count()).toBe(0);
    await row(page, 'SEV2').getByText('Default', { exact: true }).waitFor();
    await screenshotBothThemes(page, 'settings-response-targets');

    await page.reload();
    await row(page, 'SEV1').getByText('Critical', { exact: true }).waitFor();
    expect(await page.getByLabel('SEV1 acknowledge within', { exact: true }).inputValue()).toBe(
      '30',
    );
    expect(await row(page, 'SEV1').getByText('Default', { exact: true }).count()).toBe(0);

    // Set back, so that other files' incidents keep the starting targets.
    await page.getByLabel('SEV1 acknowledge within', { exact: true }).fill('15');
    await page.getByRole('button', { name: 'Save targets' }).click();
    await page.getByText('Response targets saved').waitFor();

    expectNoProblems(problems);
    await context.close();
  });

  it('shows a security lead the response targets read-only, and no Webhooks tab', async () => {
    const { page, context, problems } = await openSignedIn(browser, lead);
    await page.goto('/settings/response-targets');
    await heading(page, 'Settings').waitFor();
    const sev1 = row(page, 'SEV1');
    await sev1.getByText('Critical', { exact: true }).waitFor();
    expect(await sev1.innerText()).toMatch(/15 min[\s\S]*4 h[\s\S]*1 d/);
    await page.getByText('Only an admin changes them.', { exact: false }).waitFor();
    const card = page.getByRole('region', { name: 'Response targets' });
    expect(await card.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save targets' }).count()).toBe(0);

    const tabs = page.getByRole('navigation', { name: 'Settings sections' });
    await tabs.getByRole('link', { name: 'Response targets' }).waitFor();
    expect(await tabs.getByRole('link', { name: 'Webhooks' }).count()).toBe(0);
    await screenshotBothThemes(page, 'settings-response-targets-read-only');

    await page.goto('/settings/webhooks');
    await page.getByText('This section is not available to your role').waitFor();

    expectNoProblems(problems);
    await context.close();
  });
});
