import { sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Throwaway self-signed certificates and keys, named the way SNS names its certificates. */
export const SNS_TEST_CERT_DIR = resolve(__dirname, 'fixtures/sns');
export const SNS_TEST_CERT_URL =
  'https://sns.ca-central-1.amazonaws.com/SimpleNotificationService-test.pem';
export const SNS_OTHER_CERT_URL =
  'https://sns.ca-central-1.amazonaws.com/SimpleNotificationService-other.pem';

export type SnsTestKey = 'test' | 'other' | 'ec';

export const snsTestKeyPem = (name: SnsTestKey = 'test'): string =>
  readFileSync(resolve(SNS_TEST_CERT_DIR, `SimpleNotificationService-${name}.key`), 'utf8');

export const snsTestCertPem = (name: SnsTestKey = 'test'): string =>
  readFileSync(resolve(SNS_TEST_CERT_DIR, `SimpleNotificationService-${name}.pem`), 'utf8');

export interface SnsSigningOptions {
  version: '1' | '2';
  keyPem: string;
  certUrl: string;
}

// Written out again, not imported from sns-signature.ts: a shared mistake would sign and verify
// the same wrong text. Lists from AWS "Verifying the signatures of Amazon SNS messages".
const CONFIRMATION_KEYS = [
  'Message',
  'MessageId',
  'SubscribeURL',
  'Timestamp',
  'Token',
  'TopicArn',
  'Type',
];
const SIGNED_KEYS: Record<string, string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: CONFIRMATION_KEYS,
  UnsubscribeConfirmation: CONFIRMATION_KEYS,
};

/**
 * Signs an SNS envelope (HTTP body shape, or the `Sns` object of a Lambda record) as SNS would:
 * sets SignatureVersion, Signature, and SigningCertURL — SigningCertUrl when the message already
 * uses the Lambda spelling. Returns a copy; values are the decoded strings, as SNS signs them.
 */
export const signSnsMessage = <T extends object>(
  message: T,
  { version, keyPem, certUrl }: SnsSigningOptions,
): T => {
  const fields = message as Record<string, unknown>;
  const type = fields.Type;
  const keys =
    typeof type === 'string' && Object.hasOwn(SIGNED_KEYS, type) ? SIGNED_KEYS[type] : undefined;
  if (!keys) throw new Error(`cannot sign an SNS message of Type ${String(type)}`);
  const text = keys
    .map((key) => {
      const value = fields[key];
      if (key === 'Subject' && value == null) return '';
      if (typeof value !== 'string') throw new Error(`cannot sign: ${key} is not a string`);
      return `${key}\n${value}\n`;
    })
    .join('');
  const signature = sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(text, 'utf8'), keyPem);
  const certKey = 'SigningCertUrl' in fields ? 'SigningCertUrl' : 'SigningCertURL';
  return {
    ...message,
    SignatureVersion: version,
    Signature: signature.toString('base64'),
    [certKey]: certUrl,
  };
};
