import type {
  AuditEvent,
  AuditEventInput,
  DataRequest,
  DestructionCertificate,
  Page as ListPage,
  Organization,
  VerifyResult,
} from '@vigil/contracts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { api, callApi, ingestEvents } from './support/api';
import { launchBrowser, screenshotBothThemes } from './support/browser';
import { createApiToken, createIngestKey, createUser } from './support/cli';
import { expectNoProblems, heading } from './support/expect';
import { baseUrl } from './support/server-info';
import { openSignedIn, signedInState } from './support/session';

const DPO = 'dana.requests@example.test';
const SOURCE = 'e2e-client-data';
const ORG = { id: 'northwind-traders-e2e', name: 'Northwind Traders Ltd.' };
const OTHER = { id: 'contoso-e2e', name: 'Contoso Pharma' };
const EVENTS = 5;
const HOLD = 'Preservation order 500-17-123456-245';
const LATE_HOLD = 'Regulator inquiry 2026-17';

type State = Awaited<ReturnType<typeof signedInState>>;

const DAY = 86_400_000;

/** `PUT` is not in support/api's verbs: the legal hold is the one call here that needs it. */
const put = async <T>(token: string, path: string, body: unknown): Promise<T> => {
  const response = await fetch(`${baseUrl()}${path}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`PUT ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
};

/** Sign-ins of the client's users over the last days, and one of another client's. */
const seedEvents = (now: number): AuditEventInput[] => [
  ...Array.from({ length: EVENTS }, (_, i): AuditEventInput => ({
    id: `nw-login-${i}`,
    occurredAt: new Date(now - (i + 1) * 6 * 3_600_000).toISOString(),
    category: 'access',
    action: 'app.auth.login',
    outcome: 'success',
    actor: { type: 'user', email: `user${i}@northwind.example`, role: 'editor' },
    organizationId: ORG.id,
    ip: '203.0.113.40',
  })),
  {
    id: 'contoso-login-1',
    occurredAt: new Date(now - 3 * 3_600_000).toISOString(),
    category: 'access',
    action: 'app.auth.login',
    outcome: 'success',
    actor: { type: 'user', email: 'lab@contoso.example' },
    organizationId: OTHER.id,
  },
];

/** The entries of a ustar archive, read from Node to check what the browser saved. */
const untar = (bytes: Buffer): Map<string, Buffer> => {
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= bytes.length) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.toString('utf8', 0, 100).replace(/\0.*$/s, '');
    const size = parseInt(header.toString('utf8', 124, 136).replace(/\0.*$/s, '').trim(), 8);
    files.set(name, bytes.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
};

/** The `datetime-local` text for `daysAgo` days before now, in the browser's own zone. */
const localInputDaysAgo = (page: Page, daysAgo: number) =>
  page.evaluate((ms) => {
    const d = new Date(Date.now() - ms);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, daysAgo * DAY);

const clientData = (page: Page) => page.getByRole('region', { name: 'Client data' });
const legalHold = (page: Page) => page.getByRole('region', { name: 'Legal hold' });

describe('client data requests', () => {
  let browser: Browser;
  let dpo: State;
  let adminToken: string;
  let dpoToken: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    await createUser(DPO, 'dpo', { name: 'Dora DPO' });
    let ingestKey: string;
    [adminToken, dpoToken, ingestKey] = await Promise.all([
      createApiToken('admin@localhost', 'e2e data requests'),
      createApiToken(DPO, 'e2e data requests'),
      createIngestKey(SOURCE, 'e2e data requests'),
    ]);
    for (const org of [ORG, OTHER]) {
      await api<Organization>(adminToken, 'POST', '/api/v1/organizations', {
        ...org,
        jurisdictions: ['CA-QC'],
        contacts: [{ name: 'Nora Privacy', email: `privacy@${org.id}.example` }],
      });
    }
    const result = await ingestEvents(ingestKey, seedEvents(Date.now()));
    expect(result).toMatchObject({ accepted: EVENTS + 1, rejected: [] });
    // Another client's export, asked 35 days ago and never delivered: overdue on the board.
    await api<DataRequest>(dpoToken, 'POST', `/api/v1/organizations/${OTHER.id}/data-requests`, {
      kind: 'export',
      reason: 'on_request',
      requestedAt: new Date(Date.now() - 35 * DAY).toISOString(),
    });
    dpo = await signedInState(browser, DPO);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('takes a deletion from the ask to a signed certificate, export and legal hold on the way', async () => {
    const { page, context, problems } = await openSignedIn(browser, dpo);
    await page.goto(`/organizations/${ORG.id}`);
    await heading(page, ORG.name).waitFor();
    const section = clientData(page);
    await section.getByText('No data requests').waitFor();
    expect(await legalHold(page).innerText()).toContain('No legal hold');

    // The ask: a deletion at the end of the contract, made three days ago.
    await section.getByRole('button', { name: 'New request' }).click();
    const create = page.getByRole('dialog', { name: 'New data request' });
    await create.getByLabel('Deletion').check();
    await create.getByLabel('Why').selectOption('end_of_contract');
    await create.getByLabel('Asked at (optional)').fill(await localInputDaysAgo(page, 3));
    await create.getByText(/Due \w{3} \d{2}, \d{4}/).waitFor();
    await create.getByLabel('Assignee').selectOption({ label: `Me — Dora DPO (${DPO})` });
    await create
      .getByLabel('Note (optional)')
      .fill('Contract ended; asked by Nora on ticket #4411');
    await create.getByRole('button', { name: 'Create request' }).click();
    await create.waitFor({ state: 'detached' });

    const request = section.getByRole('article', { name: 'Deletion · Contract ended' });
    await request.waitFor();
    // The 30-day clock from the ask: 27 days left, day 4, with the absolute time and zone.
    expect(await request.getByRole('timer').innerText()).toMatch(/^26 d 2\d h left$/);
    const requestText = await request.innerText();
    expect(requestText).toContain('Day 4 of 30');
    expect(requestText).toMatch(/\d{2}:\d{2}:\d{2} \S+/);
    expect(requestText).toContain(DPO);
    await request.getByText('History (1)').click();
    await request.getByText(/Deletion requested \(end of contract\)/).waitFor();
    await screenshotBothThemes(page, 'client-data-request');

    // The Deadlines board: the other client's overdue export on top, then this one's clock.
    await page.goto('/deadlines');
    const clocks = page.getByRole('region', { name: 'Client data requests' });
    const rows = clocks.locator('tbody tr');
    await rows.nth(1).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.first().innerText()).toContain(OTHER.name);
    expect(await rows.first().getByRole('timer').innerText()).toMatch(/^overdue by 5 d/);
    expect(await rows.first().innerText()).toContain('Overdue');
    const ours = rows.filter({ hasText: ORG.name });
    expect(await ours.getByRole('timer').innerText()).toMatch(/^26 d 2\d h left$/);
    expect(await ours.innerText()).toContain('Deletion · Contract ended');
    await screenshotBothThemes(page, 'deadlines-client-data');
    await ours.getByRole('link', { name: ORG.name }).click();
    await page.waitForURL((url) => url.pathname === `/organizations/${ORG.id}`);
    expect(new URL(page.url()).searchParams.get('request')).toBeTruthy();

    // The export first, streamed with progress, then its manifest with counts and SHA-256.
    await request.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      request.getByRole('button', { name: 'Download export' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^vigil-${ORG.id}-export-.+\\.tar$`));
    await request.getByText(/^Export saved: \d+ rows/).waitFor();
    const manifest = request.getByRole('region', { name: 'Export manifest' });
    await manifest.getByText('All 4 files saved match their SHA-256').waitFor();
    // The client's events: the ones its apps sent, and Vigil's own about it (its creation).
    const eventsRow = manifest.locator('tr[data-file="audit-events.ndjson"]');
    const exported = await api<ListPage<AuditEvent>>(
      adminToken,
      'GET',
      `/api/v1/audit-events?organizationId=${ORG.id}&limit=100`,
    );
    expect(exported.items.filter((e) => e.source === SOURCE)).toHaveLength(EVENTS);
    expect(await eventsRow.locator('td').nth(1).innerText()).toBe(String(exported.items.length));
    const shownHash = (await eventsRow.locator('code').innerText()).trim();
    expect(shownHash).toMatch(/^[0-9a-f]{64}$/);
    // The file saved holds what the manifest says, byte for byte.
    const archive = untar(readFileSync(await download.path()));
    const events = archive.get('audit-events.ndjson') ?? Buffer.alloc(0);
    expect(createHash('sha256').update(events).digest('hex')).toBe(shownHash);
    const lines = events.toString('utf8').trim().split('\n');
    expect(new Set(lines.map((l) => (JSON.parse(l) as AuditEvent).id))).toEqual(
      new Set(exported.items.map((e) => e.id)),
    );
    expect(JSON.parse(archive.get('manifest.json')?.toString('utf8') ?? '{}')).toMatchObject({
      organizationId: ORG.id,
    });
    await screenshotBothThemes(page, 'client-data-export');

    // A legal hold: a reason is required, and deletion is refused while it stands.
    await legalHold(page).getByRole('button', { name: 'Set legal hold' }).click();
    const holdDialog = page.getByRole('dialog', { name: 'Set a legal hold' });
    await holdDialog.getByRole('button', { name: 'Set legal hold' }).click();
    await holdDialog.getByText('Give the reason: it is shown to anyone').waitFor();
    await holdDialog.getByLabel('Reason').fill(HOLD);
    await holdDialog.getByRole('button', { name: 'Set legal hold' }).click();
    await holdDialog.waitFor({ state: 'detached' });
    await legalHold(page).getByText(HOLD).waitFor();
    expect(await legalHold(page).innerText()).toContain(DPO);

    await request.getByRole('button', { name: 'Delete data' }).click();
    const remove = page.getByRole('dialog', { name: `Delete ${ORG.name}'s data` });
    await remove.getByText('Deletion is on legal hold').waitFor();
    expect(await remove.innerText()).toContain(HOLD);
    expect(await remove.getByRole('button', { name: 'Delete data permanently' }).isDisabled()).toBe(
      true,
    );
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await remove.waitFor({ state: 'detached' });

    await legalHold(page).getByRole('button', { name: 'Lift hold' }).click();
    const lift = page.getByRole('dialog', { name: 'Lift the legal hold?' });
    expect(await lift.innerText()).toContain(HOLD);
    await lift.getByRole('button', { name: 'Lift hold' }).click();
    await lift.waitFor({ state: 'detached' });
    await legalHold(page).getByText('No legal hold').waitFor();

    // Confirm by typing: what goes, what stays and why, then the name exactly.
    await request.getByRole('button', { name: 'Delete data' }).click();
    await remove.waitFor();
    const scope = await remove.innerText();
    expect(scope).toContain('Audit events as tombstones');
    expect(scope).toContain('Incident register entries');
    expect(scope).toMatch(/PIPEDA s\. 10\.3/);
    expect(scope).toMatch(/7-day cycle/);
    const confirm = remove.getByRole('button', { name: 'Delete data permanently' });
    const name = remove.getByLabel(`Type “${ORG.name}” to confirm`);
    await name.fill(ORG.name.toLowerCase());
    await name.blur();
    await remove.getByText('The capitals differ: type the name exactly as shown.').waitFor();
    expect(await confirm.isDisabled()).toBe(true);
    await name.fill(ORG.name);
    expect(await confirm.isDisabled()).toBe(false);
    await screenshotBothThemes(page, 'client-data-delete', { fullPage: false });

    // Someone else puts a hold on it meanwhile: the server refuses and says why.
    await put<Organization>(dpoToken, `/api/v1/organizations/${ORG.id}/legal-hold`, {
      reason: LATE_HOLD,
    });
    await confirm.click();
    await remove.getByText(`A legal hold blocks deletion: ${LATE_HOLD}`).waitFor();
    await remove.getByText('Deletion is on legal hold').waitFor();
    await remove.getByRole('button', { name: 'Cancel' }).click();
    await legalHold(page).getByText(LATE_HOLD).waitFor();
    await legalHold(page).getByRole('button', { name: 'Lift hold' }).click();
    await lift.getByRole('button', { name: 'Lift hold' }).click();
    await legalHold(page).getByText('No legal hold').waitFor();

    const before = await api<ListPage<AuditEvent>>(
      adminToken,
      'GET',
      `/api/v1/audit-events?organizationId=${ORG.id}&limit=100`,
    );
    expect(before.items.length).toBeGreaterThan(EVENTS);
    await request.getByRole('button', { name: 'Delete data' }).click();
    await name.fill(ORG.name);
    await confirm.click();

    // The certificate: what was destroyed, what was kept and why, and how it is signed.
    const certificate = page.getByRole('dialog', { name: 'Certificate of destruction' });
    await certificate.getByText("The client's data is destroyed").waitFor();
    // Every event of the client at the time, the ones its apps sent among them.
    const destroyedEvents = certificate.locator('tr[data-kind="audit_events"]');
    await destroyedEvents.waitFor();
    expect(await destroyedEvents.locator('td').nth(1).innerText()).toBe(
      String(before.items.length),
    );
    expect(await destroyedEvents.innerText()).toContain(`tombstones in ${SOURCE} #`);
    expect(await certificate.locator('tr[data-kind="contacts"]').innerText()).toContain('1');
    expect(
      await certificate.locator('tr[data-kind="incident_register_entries"]').innerText(),
    ).toContain('Law 25');
    const keyId = await certificate.getByLabel('Signing key id').innerText();
    expect(keyId.trim()).not.toBe('');
    await screenshotBothThemes(page, 'client-data-certificate', { fullPage: false });

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      certificate.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(
      new RegExp(`^certificate-of-destruction-${ORG.id}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const signed = JSON.parse(readFileSync(await json.path(), 'utf8')) as DestructionCertificate;
    expect(signed.signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(signed.statement.issuer.keyId).toBe(keyId.trim());
    expect(signed.statement.destroyed.find((d) => d.kind === 'audit_events')?.count).toBe(
      before.items.length,
    );

    const [printable] = await Promise.all([
      context.waitForEvent('page'),
      certificate.getByRole('link', { name: 'Open printable' }).click(),
    ]);
    await printable.waitForLoadState();
    expect(new URL(printable.url()).searchParams.get('format')).toBe('html');
    await printable.getByRole('heading', { name: 'Certificate of destruction' }).waitFor();
    expect(await printable.locator('body').innerText()).toContain(ORG.name);
    await printable.close();

    await certificate.getByRole('button', { name: 'Close' }).last().click();
    await certificate.waitFor({ state: 'detached' });
    await section.getByText("This client's data was destroyed").waitFor();
    expect(await request.innerText()).toContain('Completed');
    expect(await request.getByRole('button', { name: 'Delete data' }).count()).toBe(0);
    await request.getByRole('button', { name: 'View certificate' }).waitFor();

    // Gone from search, and the chain still verifies with the client's events tombstoned.
    const after = await api<ListPage<AuditEvent>>(
      adminToken,
      'GET',
      `/api/v1/audit-events?organizationId=${ORG.id}&limit=100`,
    );
    expect(after.items.filter((e) => e.source === SOURCE)).toEqual([]);
    const verify = await api<VerifyResult>(adminToken, 'GET', '/api/v1/audit-events/verify');
    expect(verify.ok).toBe(true);
    // A completed request leaves the board.
    const open = await callApi<{ items: DataRequest[] }>(
      dpoToken,
      'GET',
      '/api/v1/data-requests?open=true',
    );
    expect(open.body.items.map((r) => r.organizationId)).toEqual([OTHER.id]);

    // The 409 of the refused deletion is the one error the console may show.
    expectNoProblems(problems, [/status of 409/]);
    await context.close();
  });
});
