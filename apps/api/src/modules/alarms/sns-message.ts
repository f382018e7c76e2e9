import { z } from 'zod';

const text = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : 'is not a string') });

// Fields every SNS HTTP(S) message carries (AWS SNS developer guide, "HTTP/HTTPS … JSON format").
const common = {
  MessageId: text(),
  TopicArn: text(),
  Message: text(),
  Timestamp: text(),
  SignatureVersion: text(),
  Signature: text(),
  SigningCertURL: text(),
};

const notificationSchema = z.object({
  Type: z.literal('Notification'),
  ...common,
  Subject: text().optional(),
  UnsubscribeURL: text().optional(),
  MessageAttributes: z.record(z.string(), z.object({ Type: text(), Value: text() })).optional(),
});

const confirmationFields = { ...common, SubscribeURL: text(), Token: text() };
const subscriptionConfirmationSchema = z.object({
  Type: z.literal('SubscriptionConfirmation'),
  ...confirmationFields,
});
const unsubscribeConfirmationSchema = z.object({
  Type: z.literal('UnsubscribeConfirmation'),
  ...confirmationFields,
});

const SNS_TYPES = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'];

/** Lambda deliveries spell two keys differently (aws-lambda-go events/sns.go). */
const LAMBDA_SPELLINGS = [
  ['SigningCertUrl', 'SigningCertURL'],
  ['UnsubscribeUrl', 'UnsubscribeURL'],
] as const;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const normalise = (value: unknown): unknown => {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const [lambda, http] of LAMBDA_SPELLINGS) {
    if (!(lambda in out)) continue;
    if (!(http in out)) out[http] = out[lambda];
    delete out[lambda];
  }
  // Lambda sends `"Subject": null` where HTTP omits the key; either way it is not signed.
  if (out.Subject === null) delete out.Subject;
  return out;
};

/** An SNS message envelope, with Lambda key spellings folded into the HTTP ones. */
export const snsEnvelopeSchema = z.preprocess(
  normalise,
  z.discriminatedUnion('Type', [
    notificationSchema,
    subscriptionConfirmationSchema,
    unsubscribeConfirmationSchema,
  ]),
);

export type SnsNotification = z.infer<typeof notificationSchema>;
export type SnsSubscriptionConfirmation = z.infer<typeof subscriptionConfirmationSchema>;
export type SnsUnsubscribeConfirmation = z.infer<typeof unsubscribeConfirmationSchema>;
export type SnsEnvelope =
  SnsNotification | SnsSubscriptionConfirmation | SnsUnsubscribeConfirmation;

export type ParsedSnsBody = { ok: true; message: SnsEnvelope } | { ok: false; reason: string };

/**
 * Reads an SNS request body. SNS posts JSON as text/plain by default, so this takes the raw text.
 * Only the shape is checked here; nothing in the result is trustworthy before verifySnsMessage.
 */
export const parseSnsBody = (body: string): ParsedSnsBody => {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  if (!isObject(value)) return { ok: false, reason: 'body is not a JSON object' };
  if (value.Type === undefined) return { ok: false, reason: 'Type is missing' };
  if (typeof value.Type !== 'string' || !SNS_TYPES.includes(value.Type)) {
    return { ok: false, reason: `Type ${JSON.stringify(value.Type)} is not an SNS message type` };
  }
  const parsed = snsEnvelopeSchema.safeParse(value);
  if (parsed.success) return { ok: true, message: parsed.data };
  const [issue] = parsed.error.issues;
  return { ok: false, reason: issue ? `${issue.path.join('.')} ${issue.message}` : 'invalid' };
};
