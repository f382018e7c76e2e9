import { createToken, createUser } from '../../../test/auth-helpers.js';
import { call } from '../../../test/http-client.js';
import { startTestApp, type TestApp, truncateAll } from '../../../test/test-app.js';

interface Listed {
  id: string;
  number: number;
  severity: string;
  status: string;
  organizationIds: string[];
}
interface ListPage {
  items: Listed[];
  nextCursor: string | null;
}
interface Problem {
  type: string;
  status: number;
  errors?: { path: string; message: string }[];
}

const CLONES = 249;
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('incident list paging', () => {
  let app: TestApp;
  let lead: string;

  const list = (params: Record<string, string>) =>
    call<ListPage>(app.url, `/api/v1/incidents?${new URLSearchParams(params).toString()}`, {
      bearer: lead,
    });

  /** Follows nextCursor to the end; each id in the order the pages gave them. */
  const pageThrough = async (filter: Record<string, string>, limit: number) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const reply = await list({ ...filter, limit: String(limit), ...(cursor ? { cursor } : {}) });
      expect(reply.status).toBe(200);
      expect(reply.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...reply.body.items.map((i) => i.id));
      cursor = reply.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 500);
    return { ids, pages };
  };

  const onePage = async (filter: Record<string, string>) => {
    const reply = await list({ ...filter, limit: '1000' });
    expect(reply.status).toBe(200);
    expect(reply.body.nextCursor).toBeNull();
    return reply.body.items.map((i) => i.id);
  };

  beforeAll(async () => {
    await truncateAll();
    app = await startTestApp();
    lead = await createToken(app, (await createUser(app, 'security_lead')).email);
    await app.dataSource.query(
      `INSERT INTO organization (id, name, jurisdictions, contacts) VALUES ('org-a', 'Client A', '{CA-QC}', '[]')`,
    );
    const template = await call<Listed>(app.url, '/api/v1/incidents', {
      method: 'POST',
      bearer: lead,
      body: {
        title: 'Credential stuffing on the portal',
        summary: 'Seeded for paging.',
        severity: 'SEV2',
        category: 'access',
        detectedAt: new Date(Date.now() - 3_600_000).toISOString(),
        organizationIds: ['org-a'],
      },
    });
    expect(template.status).toBe(201);
    // Clones in one statement: every severity, open and closed, ties on detected_at and steps of
    // one microsecond inside a millisecond, so page edges fall where a sloppy cursor would slip.
    await app.dataSource.query(
      `INSERT INTO incident (title, summary, severity, status, category, lead_id, detected_at, created_by)
       SELECT t.title || ' #' || g, t.summary,
              (ARRAY['SEV1', 'SEV2', 'SEV3', 'SEV4'])[1 + g % 4],
              (ARRAY['closed', 'false_positive', 'detected', 'triage', 'contained'])[1 + g % 5],
              t.category, t.lead_id,
              t.detected_at - (g / 40) * interval '1 second' - (g % 3) * interval '1 microsecond',
              t.created_by
         FROM incident t, generate_series(1, ${CLONES}) g
        WHERE t.id = $1`,
      [template.body.id],
    );
    await app.dataSource.query(
      `INSERT INTO incident_organization (incident_id, organization_id)
       SELECT id, 'org-a' FROM incident WHERE number % 3 = 0`,
    );
  });
  afterAll(() => app.close());

  it('gives every incident exactly once, in the order of one big page', async () => {
    const all = await onePage({});
    expect(all).toHaveLength(CLONES + 1);
    // The order itself: open first, then severity, newest detection, newest number.
    const expected = (await app.dataSource.query(
      `SELECT id FROM incident
        ORDER BY status IN ('closed', 'false_positive'), severity, detected_at DESC, number DESC`,
    )) as { id: string }[];
    expect(all).toEqual(expected.map((r) => r.id));

    const paged = await pageThrough({}, 100);
    expect(paged.pages).toBe(3);
    expect(paged.ids).toEqual(all);
  });

  it('gives a page of 50 when no limit is asked for, as every list does', async () => {
    const first = await list({});
    expect(first.body.items).toHaveLength(50);
    expect(first.body.nextCursor).toEqual(expect.any(String));
  });

  it('keeps the filters on every page', async () => {
    for (const [filter, limit] of [
      [{ openOnly: 'true' }, 100],
      [{ organizationId: 'org-a' }, 100],
      [{ severity: 'SEV2', openOnly: 'true' }, 3],
      [{ status: 'closed', organizationId: 'org-a' }, 7],
      [{ q: 'stuffing', openOnly: 'false' }, 100],
    ] as const) {
      const all = await onePage(filter);
      const paged = await pageThrough(filter, limit);
      expect({ filter, ids: paged.ids }).toEqual({ filter, ids: all });
      expect(paged.pages).toBe(Math.max(1, Math.ceil(all.length / limit)));
    }
    const open = await list({ openOnly: 'true', limit: '1000' });
    expect(open.body.items.every((i) => !['closed', 'false_positive'].includes(i.status))).toBe(
      true,
    );
    const ofA = await list({ organizationId: 'org-a', limit: '1000' });
    expect(ofA.body.items.every((i) => i.organizationIds.includes('org-a'))).toBe(true);
  });

  it('neither repeats nor skips the incidents already there when one is opened between pages', async () => {
    const before = await onePage({});
    const first = await list({ limit: '100' });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const opened: string[] = [];
    // One sorts above the first page's end (seen on the next refresh), one below it.
    for (const severity of ['SEV1', 'SEV4']) {
      const reply = await call<Listed>(app.url, '/api/v1/incidents', {
        method: 'POST',
        bearer: lead,
        body: { title: `Opened while paging (${severity})`, severity },
      });
      expect(reply.status).toBe(201);
      opened.push(reply.body.id);
    }
    const rest = await pageThrough({ cursor: first.body.nextCursor ?? '' }, 100);
    const seen = [...first.body.items.map((i) => i.id), ...rest.ids];

    expect(seen.filter((id) => before.includes(id))).toEqual(before);
    expect(seen.filter((id) => id === opened[0])).toEqual([]);
    expect(seen.filter((id) => id === opened[1])).toEqual([opened[1]]);
    expect(seen).toHaveLength(before.length + 1);
  });

  it('refuses a malformed or tampered cursor with a 400 problem naming the cursor', async () => {
    const first = await list({ limit: '5' });
    const real = first.body.nextCursor ?? '';
    const [closed, severity, detectedAt, number] = JSON.parse(
      Buffer.from(real, 'base64url').toString('utf8'),
    ) as [boolean, string, string, number];
    expect(typeof closed).toBe('boolean');

    for (const cursor of [
      'garbage',
      '!!!',
      base64url({ closed, severity, detectedAt, number }),
      base64url([closed, severity, detectedAt]),
      base64url([closed, severity, detectedAt, number, 'extra']),
      base64url(['false', severity, detectedAt, number]),
      base64url([closed, 'SEV9', detectedAt, number]),
      base64url([closed, severity, '2026-02-30T10:00:00.000000Z', number]),
      base64url([closed, severity, '0000-01-01T00:00:00.000000Z', number]),
      base64url([closed, severity, `${detectedAt}' OR 1=1 --`, number]),
      base64url([closed, severity, detectedAt, `${number}; DROP TABLE incident`]),
      base64url([closed, severity, detectedAt, 1e300]),
      base64url([closed, severity, detectedAt, 1.5]),
      'x'.repeat(600),
    ]) {
      const reply = await call<Problem>(
        app.url,
        `/api/v1/incidents?cursor=${encodeURIComponent(cursor)}`,
        { bearer: lead },
      );
      expect({ cursor, status: reply.status }).toEqual({ cursor, status: 400 });
      expect(reply.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(reply.body.errors?.map((e) => e.path)).toEqual(['cursor']);
    }
  });
});
