import { z } from 'zod';

export const outboxMessageSchema = z.object({
  id: z.string(),
  channel: z.enum(['email', 'webhook']),
  purpose: z.string(),
  recipient: z.string(),
  subject: z.string(),
  bodySha256: z.string(),
  /** `logged`: no SMTP_URL is set, so the message went to the server log only. */
  status: z.enum(['pending', 'sent', 'logged', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** One try at delivering an outbox message: SMTP or the webhook's HTTP answer. */
export interface OutboxAttempt {
  at: string;
  outcome: 'sent' | 'logged' | 'failed';
  /** `HTTP 200`, or the error met. */
  detail: string | null;
  durationMs: number;
}
