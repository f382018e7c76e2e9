import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { call } from '../apps/api/test/http-client';
import { storedCounts, verifyChain } from './support/checks';
import { IngestClient, makeEvents } from './support/ingest-client';
import type { VigilNode } from './support/nodes';
import { seed, type Seeded, startStack, type Stack } from './support/stack';

/** The entries of a ustar archive (as in data-requests.int-spec.ts): name → content. */
const untar = (archive: Buffer): Map<string, Buffer> => {
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= archive.length) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, ''), 8);
    files.set(name, archive.subarray(offset + 512, offset + 512 + size));
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
};

interface Request {
  id: string;
  status: string;
  exportManifest: { files: { name: string; count: number; sha256: string }[] } | null;
  history: { kind: string; summary: string }[];
}

describe('fault: the disk fills up while a client data export is written', () => {
  let stack: Stack;
  let api: VigilNode;
  let seeded: Seeded;

  beforeAll(async () => {
    stack = await startStack();
    api = await stack.api('export-disk-full', { RUN_WORKERS: 'false' });
    seeded = await seed(stack, api.url as string);
  }, 120_000);
  afterAll(() => stack?.close(), 60_000);

  it('fails with a clear error, offers no archive, and works on retry once space is back', async () => {
    const url = api.url as string;
    const pid = api.pid();
    const events = makeEvents('export', 300, 'org-a');
    await new IngestClient([url], seeded.ingestKey).send(events);
    const created = await call<Request>(url, '/api/v1/organizations/org-a/data-requests', {
      method: 'POST',
      bearer: seeded.dpoToken,
      body: { kind: 'export', reason: 'on_request' },
    });
    expect(created.status).toBe(201);
    const id = created.body.id;

    // ENOSPC from the kernel, without a mount: the file the export writes is /dev/full.
    const staging = join(api.env.DATA_DIR as string, 'exports', id);
    mkdirSync(staging, { recursive: true });
    symlinkSync('/dev/full', join(staging, 'audit-events.ndjson'));
    const full = await fetch(`${url}/api/v1/data-requests/${id}/archive`, {
      headers: { authorization: `Bearer ${seeded.dpoToken}` },
    });
    const problem = (await full.json()) as { status: number; detail: string };
    expect(api.alive()).toBe(true);
    expect(api.pid()).toBe(pid);
    expect(full.status).toBe(503);
    expect(full.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(full.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(problem.detail).toMatch(/no space left.*ENOSPC/);
    // Nothing half-written is left to be served, and the request is not marked as exported.
    expect(existsSync(staging) ? readdirSync(staging) : []).toEqual([]);
    const failed = await call<Request>(url, `/api/v1/data-requests/${id}`, {
      bearer: seeded.dpoToken,
    });
    expect(failed.body.status).not.toBe('completed');
    expect(failed.body.exportManifest).toBeNull();
    expect(failed.body.history.map((h) => h.kind)).toContain('export_failed');

    // Space is back (the /dev/full link is gone): the same download now works, whole.
    const retry = await fetch(`${url}/api/v1/data-requests/${id}/archive`, {
      headers: { authorization: `Bearer ${seeded.dpoToken}` },
    });
    expect(retry.status).toBe(200);
    const files = untar(Buffer.from(await retry.arrayBuffer()));
    const manifest = JSON.parse(
      files.get('manifest.json')?.toString('utf8') ?? '{}',
    ) as NonNullable<Request['exportManifest']>;
    for (const file of manifest.files)
      expect(
        createHash('sha256')
          .update(files.get(file.name) ?? '')
          .digest('hex'),
      ).toBe(file.sha256);
    const [{ held }] = (
      await stack.db.query<{ held: number }>(
        `SELECT count(*)::int AS held FROM audit_event WHERE organization_id = 'org-a'`,
      )
    ).rows as [{ held: number }];
    expect(held).toBeGreaterThanOrEqual(events.length);
    expect(manifest.files.find((f) => f.name === 'audit-events.ndjson')?.count).toBe(held);
    const done = await call<Request>(url, `/api/v1/data-requests/${id}`, {
      bearer: seeded.dpoToken,
    });
    expect(done.body.status).toBe('completed');

    const [{ failures }] = (
      await stack.db.query<{ failures: number }>(
        `SELECT count(*)::int AS failures FROM audit_event
          WHERE action = 'data_request.export' AND outcome = 'failure' AND target_id = $1`,
        [id],
      )
    ).rows as [{ failures: number }];
    expect(failures).toBe(1);
    expect(
      await storedCounts(
        stack.db,
        'faults',
        events.map((e) => e.id),
      ),
    ).toEqual({
      total: events.length,
      distinct: events.length,
      missing: 0,
    });
    expect(await verifyChain(url, seeded.leadToken)).toMatchObject({ ok: true });
  }, 120_000);
});
