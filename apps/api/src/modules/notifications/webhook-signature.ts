import { createHmac } from 'node:crypto';

/**
 * `X-Vigil-Signature: v1=<hex>` is HMAC-SHA256 over `<X-Vigil-Timestamp>.<raw body>`; receivers
 * recompute it and reject a timestamp more than a few minutes old (replay).
 */
export const signWebhook = (secret: string, timestamp: number, body: string): string =>
  `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
