import { z } from 'zod';

export const WEBHOOK_EVENTS = [
  'obligation.reminder',
  'obligation.escalation',
  'response.reminder',
  'response.escalation',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

const webhookUrl = z
  .string()
  .trim()
  .url()
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), { message: 'must be an http(s) URL' });

export const createWebhookSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    url: webhookUrl,
    events: z
      .array(z.enum(WEBHOOK_EVENTS))
      .min(1)
      .default([...WEBHOOK_EVENTS]),
    active: z.boolean().default(true),
  })
  .strict();
export type CreateWebhook = z.infer<typeof createWebhookSchema>;

export const updateWebhookSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    url: webhookUrl,
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1),
    active: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateWebhook = z.infer<typeof updateWebhookSchema>;

/**
 * A webhook endpoint for reminders and escalations. Each POST carries a Slack-compatible JSON body
 * (`text`, plus a `vigil` object) and `X-Vigil-Timestamp` / `X-Vigil-Signature: v1=<hex>`, the
 * HMAC-SHA256 of `<timestamp>.<body>` under the endpoint's secret.
 */
export interface Webhook {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  createdAt: string;
  lastDeliveryAt: string | null;
  lastStatus: 'sent' | 'failed' | 'pending' | null;
}

/** Returned once, at creation: the signing secret is never shown again. */
export interface CreatedWebhook extends Webhook {
  secret: string;
}
