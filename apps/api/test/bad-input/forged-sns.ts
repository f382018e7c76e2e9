import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SNS_TEST_CERT_URL, signSnsMessage, snsTestKeyPem } from '../sns-signing.js';
import type { BodyCase } from './corpus.js';

/** The topic the bad-input suite's app trusts (SNS_TOPIC_ARNS). */
export const SNS_TOPIC = 'arn:aws:sns:ca-central-1:123456789012:vigil-bad-input';

const FIXTURE = resolve(
  __dirname,
  '../../../../../shared/fixtures/sns-cloudwatch/aws-sns-docs_http-notification.json',
);

const published = () => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;

/** AWS's published notification, moved to the trusted topic and signed with the pinned test key. */
const genuine = (overrides: Record<string, unknown> = {}): Record<string, unknown> =>
  signSnsMessage<Record<string, unknown>>(
    {
      ...published(),
      MessageId: randomUUID(),
      TopicArn: SNS_TOPIC,
      Timestamp: new Date().toISOString(),
      ...overrides,
    },
    { version: '2', keyPem: snsTestKeyPem(), certUrl: SNS_TEST_CERT_URL },
  );

const text = (name: string, why: string, message: object, status = 403): BodyCase => ({
  name,
  why,
  body: JSON.stringify(message),
  contentType: 'text/plain; charset=UTF-8',
  status,
});

/** Forged SNS messages: each must be refused (403 forged, 400 malformed) and stored nowhere. */
export const forgedSnsCases = (): BodyCase[] => [
  text('SNS as published', 'AWS signature over a certificate we do not trust', published()),
  text('SNS tampered Message', 'signed, then the alarm text changed', {
    ...genuine(),
    Message: 'ALARM: everything is fine',
  }),
  text('SNS wrong signature', 'a valid base64 signature of other bytes', {
    ...genuine(),
    Signature: genuine({ Message: 'other' }).Signature,
  }),
  text('SNS certificate on another host', 'SigningCertURL outside sns.<region>.amazonaws.com', {
    ...genuine(),
    SigningCertURL:
      'https://sns.ca-central-1.amazonaws.com.evil.test/SimpleNotificationService-test.pem',
  }),
  text('SNS certificate over http', 'a certificate fetched in clear text can be swapped', {
    ...genuine(),
    SigningCertURL: 'http://sns.ca-central-1.amazonaws.com/SimpleNotificationService-test.pem',
  }),
  text('SNS old timestamp, re-signed badly', 'a 2012 message replayed with a forged signature', {
    ...genuine({ Timestamp: '2012-05-02T00:54:06.655Z' }),
    Signature: 'EXAMPLEw6JRN...',
  }),
  text('SNS foreign topic', 'genuinely signed, for a topic we do not subscribe to', {
    ...genuine({ TopicArn: 'arn:aws:sns:ca-central-1:999999999999:someone-else' }),
  }),
  text('SNS unknown Type', 'a type SNS never sends', { ...genuine(), Type: 'Evil' }, 400),
  text(
    'SNS NUL in MessageId',
    'a signed message whose id Postgres cannot store',
    genuine({ MessageId: 'id\u0000x' }),
    400,
  ),
];
