import type { AuditEventInput } from '@vigil/contracts';
import { sleep } from './ports';

/** `count` events `<prefix>-0 … <prefix>-(count-1)`: the ids are the idempotency keys. */
export const makeEvents = (prefix: string, count: number, organizationId?: string) =>
  Array.from({ length: count }, (_, i): AuditEventInput => ({
    id: `${prefix}-${i}`,
    occurredAt: new Date(Date.now() - 60_000 + i).toISOString(),
    category: 'access',
    action: 'auth.login',
    outcome: 'success',
    actor: { type: 'user', id: `u_${i % 50}`, email: `u${i % 50}@faults.test` },
    ...(organizationId ? { organizationId } : {}),
    metadata: { batch: prefix },
  }));

export interface Attempt {
  url: string;
  /** HTTP status, or the network error's code ("ECONNREFUSED", "ECONNRESET", …). */
  outcome: number | string;
  retryAfter: string | null;
  contentType: string | null;
  ms: number;
}

export interface BatchResult {
  accepted: number;
  duplicates: number;
  attempts: Attempt[];
}

/**
 * What a well-behaved producer does: POST a batch, and on a network error, a 5xx or a 429 send
 * the very same batch again (same event ids) — to the next node when there are several — after
 * Retry-After (capped, to keep the suite short) or a short pause. Gives up after `deadlineMs`.
 */
export class IngestClient {
  private next = 0;
  readonly attempts: Attempt[] = [];

  constructor(
    private readonly urls: string[],
    private readonly ingestKey: string,
    private readonly options: { deadlineMs?: number; maxPauseMs?: number } = {},
  ) {}

  async send(events: AuditEventInput[]): Promise<BatchResult> {
    const deadline = Date.now() + (this.options.deadlineMs ?? 60_000);
    const mine: Attempt[] = [];
    for (;;) {
      const url = this.urls[this.next++ % this.urls.length] as string;
      const started = Date.now();
      let attempt: Attempt;
      try {
        const res = await fetch(`${url}/api/v1/audit-events`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${this.ingestKey}`,
          },
          body: JSON.stringify({ events }),
          signal: AbortSignal.timeout(20_000),
        });
        const text = await res.text();
        attempt = {
          url,
          outcome: res.status,
          retryAfter: res.headers.get('retry-after'),
          contentType: res.headers.get('content-type'),
          ms: Date.now() - started,
        };
        this.attempts.push(attempt);
        mine.push(attempt);
        if (res.status === 200) {
          const body = JSON.parse(text) as { accepted: number; duplicates: number };
          return { accepted: body.accepted, duplicates: body.duplicates, attempts: mine };
        }
        if (res.status < 500 && res.status !== 429)
          throw new Error(`ingest refused with ${res.status}: ${text.slice(0, 300)}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('ingest refused')) throw error;
        const cause = (error as { cause?: { code?: string } }).cause;
        attempt = {
          url,
          outcome: cause?.code ?? (error as Error).name,
          retryAfter: null,
          contentType: null,
          ms: Date.now() - started,
        };
        this.attempts.push(attempt);
        mine.push(attempt);
      }
      if (Date.now() > deadline)
        throw new Error(
          `batch ${events[0]?.id} not accepted after ${mine.length} attempts: ${mine
            .slice(-5)
            .map((a) => a.outcome)
            .join(', ')}`,
        );
      const retryAfterMs = Number(attempt.retryAfter ?? 0) * 1000;
      await sleep(Math.min(this.options.maxPauseMs ?? 1_000, Math.max(200, retryAfterMs)));
    }
  }
}
