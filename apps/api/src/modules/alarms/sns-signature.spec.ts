import { sign } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  SNS_OTHER_CERT_URL,
  SNS_TEST_CERT_DIR,
  SNS_TEST_CERT_URL,
  signSnsMessage,
  snsTestCertPem,
  snsTestKeyPem,
} from '../../../test/sns-signing.js';
import {
  PinnedCertificateSource,
  SnsCertificateError,
  type SnsCertificateSource,
} from './sns-certificate.source.js';
import { parseSnsBody, type SnsEnvelope } from './sns-message.js';
import {
  isAllowedSnsUrl,
  snsStringToSign,
  verifySnsMessage,
  verifySnsSignature,
} from './sns-signature.js';

const FIXTURES = resolve(__dirname, '../../../../../../shared/fixtures/sns-cloudwatch');
const TOPIC = 'arn:aws:sns:ca-central-1:123456789012:vigil-alarms';
const OTHER_TOPIC = 'arn:aws:sns:ca-central-1:123456789012:vigil-audit';
const SNS = 'https://sns.ca-central-1.amazonaws.com';
const KEY = snsTestKeyPem('test');
const pinned = new PinnedCertificateSource(SNS_TEST_CERT_DIR);

type Raw = Record<string, unknown>;
type Version = '1' | '2';
type SnsType = 'Notification' | 'SubscriptionConfirmation' | 'UnsubscribeConfirmation';
const VERSIONS: Version[] = ['1', '2'];

const aNotification = (overrides: Raw = {}): Raw => ({
  Type: 'Notification',
  MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
  TopicArn: TOPIC,
  Subject: 'ALARM: "api-5xx" in Canada (Central)',
  Message: '{"AlarmName":"api-5xx","NewStateValue":"ALARM","OldStateValue":"OK"}',
  Timestamp: '2026-03-01T12:00:00.655Z',
  UnsubscribeURL: `${SNS}/?Action=Unsubscribe&SubscriptionArn=${TOPIC}:c9135db0-26c4-47ec`,
  ...overrides,
});

const aConfirmation = (Type: SnsType, overrides: Raw = {}): Raw => ({
  Type,
  MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
  Token: '2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747b',
  TopicArn: TOPIC,
  Message: `You have chosen to subscribe to the topic ${TOPIC}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
  SubscribeURL: `${SNS}/?Action=ConfirmSubscription&TopicArn=${TOPIC}&Token=2336412f37fb687f`,
  Timestamp: '2026-03-01T12:00:04.751Z',
  ...overrides,
});

const aMessage = (type: SnsType, overrides: Raw = {}): Raw =>
  type === 'Notification' ? aNotification(overrides) : aConfirmation(type, overrides);

const SIGNED_KEYS: Record<SnsType, string[]> = {
  Notification: ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'],
  SubscriptionConfirmation: [
    'Message',
    'MessageId',
    'SubscribeURL',
    'Timestamp',
    'Token',
    'TopicArn',
    'Type',
  ],
  UnsubscribeConfirmation: [
    'Message',
    'MessageId',
    'SubscribeURL',
    'Timestamp',
    'Token',
    'TopicArn',
    'Type',
  ],
};
const TYPES = Object.keys(SIGNED_KEYS) as SnsType[];

const signed = (raw: Raw, version: Version = '2', keyPem = KEY, certUrl = SNS_TEST_CERT_URL) =>
  signSnsMessage(raw, { version, keyPem, certUrl });

/** Over the wire and back, as the controller will see it: JSON text, then parseSnsBody. */
const envelope = (raw: Raw): SnsEnvelope => {
  const parsed = parseSnsBody(JSON.stringify(raw));
  if (!parsed.ok) throw new Error(`test message does not parse: ${parsed.reason}`);
  return parsed.message;
};

const check = (
  raw: Raw,
  {
    allowedTopicArns = [TOPIC, OTHER_TOPIC],
    certificates = pinned,
  }: { allowedTopicArns?: string[]; certificates?: SnsCertificateSource } = {},
) => verifySnsMessage(envelope(raw), { certificates, allowedTopicArns });

const spySource = () => {
  const get = jest.fn((url: string) => pinned.get(url));
  return { source: { get }, get };
};

const OK = { ok: true };
const BAD_SIGNATURE = { ok: false, reason: 'the signature does not verify' };

describe('snsStringToSign', () => {
  // AWS "Verifying the signatures of Amazon SNS messages", example string for a Notification.
  const docExample = {
    Type: 'Notification',
    MessageId: '4d4dc071-ddbf-465d-bba8-08f81c89da64',
    TopicArn: 'arn:aws:sns:us-east-2:123456789012:s4-MySNSTopic-1G1WEFCOXTC0P',
    Subject: 'My subject',
    Message: 'My Test Message',
    Timestamp: '2012-06-05T04:37:04.321Z',
    SignatureVersion: '1',
    Signature: 'c2ln',
    SigningCertURL: `${SNS}/SimpleNotificationService-test.pem`,
  };

  it('builds the Notification text of the AWS example, each value followed by a newline', () => {
    expect(snsStringToSign(envelope(docExample))).toBe(
      'Message\nMy Test Message\n' +
        'MessageId\n4d4dc071-ddbf-465d-bba8-08f81c89da64\n' +
        'Subject\nMy subject\n' +
        'Timestamp\n2012-06-05T04:37:04.321Z\n' +
        'TopicArn\narn:aws:sns:us-east-2:123456789012:s4-MySNSTopic-1G1WEFCOXTC0P\n' +
        'Type\nNotification\n',
    );
  });

  it('leaves Subject out entirely when the message has none (absent, or null as Lambda sends it)', () => {
    const withoutSubject =
      'Message\nMy Test Message\n' +
      'MessageId\n4d4dc071-ddbf-465d-bba8-08f81c89da64\n' +
      'Timestamp\n2012-06-05T04:37:04.321Z\n' +
      'TopicArn\narn:aws:sns:us-east-2:123456789012:s4-MySNSTopic-1G1WEFCOXTC0P\n' +
      'Type\nNotification\n';
    const { Subject: _subject, ...noSubject } = docExample;
    expect(snsStringToSign(envelope(noSubject))).toBe(withoutSubject);
    expect(snsStringToSign(envelope({ ...docExample, Subject: null }))).toBe(withoutSubject);
    expect(snsStringToSign(envelope({ ...docExample, Subject: '' }))).toContain('Subject\n\n');
  });

  it.each(['SubscriptionConfirmation', 'UnsubscribeConfirmation'] as const)(
    'signs SubscribeURL and Token of a %s (npm sns-validator forgets Token on unsubscribe)',
    (type) => {
      const message = envelope(signed(aConfirmation(type, { Subject: 'ignored' })));
      expect(snsStringToSign(message)).toBe(
        `Message\nYou have chosen to subscribe to the topic ${TOPIC}.\nTo confirm the subscription, visit the SubscribeURL included in this message.\n` +
          'MessageId\n165545c9-2a5c-472c-8df2-7ff2be2b3b1b\n' +
          `SubscribeURL\n${SNS}/?Action=ConfirmSubscription&TopicArn=${TOPIC}&Token=2336412f37fb687f\n` +
          'Timestamp\n2026-03-01T12:00:04.751Z\n' +
          'Token\n2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747b\n' +
          `TopicArn\n${TOPIC}\n` +
          `Type\n${type}\n`,
      );
    },
  );
});

describe('verifySnsMessage', () => {
  const combinations = TYPES.flatMap((type) => VERSIONS.map((version) => [type, version] as const));

  it.each(combinations)('accepts a %s signed with SignatureVersion %s', async (type, version) => {
    expect(await check(signed(aMessage(type), version))).toEqual(OK);
  });

  it('accepts a Notification without Subject', async () => {
    const { Subject: _subject, ...raw } = aNotification();
    expect(await check(signed(raw))).toEqual(OK);
  });

  const tamper = (type: SnsType, key: string, raw: Raw): Raw => {
    switch (key) {
      case 'MessageId':
        return { ...raw, MessageId: '0d7a65e4-435e-5ff1-8e80-37e6fba3ef4f' };
      case 'Timestamp':
        return { ...raw, Timestamp: '2026-03-01T12:00:05.000Z' };
      case 'TopicArn':
        return { ...raw, TopicArn: OTHER_TOPIC };
      case 'Type':
        return type === 'Notification'
          ? {
              ...aConfirmation('SubscriptionConfirmation'),
              ...raw,
              Type: 'SubscriptionConfirmation',
            }
          : {
              ...raw,
              Type:
                type === 'SubscriptionConfirmation'
                  ? 'UnsubscribeConfirmation'
                  : 'SubscriptionConfirmation',
            };
      default:
        // Message, Subject, SubscribeURL (its Token parameter) and Token: one more character.
        return { ...raw, [key]: `${String(raw[key])}0` };
    }
  };
  const tamperCases = combinations.flatMap(([type, version]) =>
    SIGNED_KEYS[type].map((key) => [type, version, key] as const),
  );

  it.each(tamperCases)('rejects a %s (v%s) whose %s changed after signing', async (...c) => {
    const [type, version, key] = c;
    const tampered = tamper(type, key, signed(aMessage(type), version));
    // A confirmation's SubscribeURL names its topic, and that rule catches a new TopicArn first.
    const expected =
      type !== 'Notification' && key === 'TopicArn'
        ? { ok: false, reason: 'SubscribeURL names another topic' }
        : BAD_SIGNATURE;
    expect(await check(tampered)).toEqual(expected);
  });

  it('rejects a Notification whose Subject was removed, or added, after signing', async () => {
    const { Subject: _subject, ...stripped } = signed(aNotification());
    expect(await check(stripped)).toEqual(BAD_SIGNATURE);
    const { Subject: _none, ...noSubject } = aNotification();
    expect(await check({ ...signed(noSubject), Subject: 'ALARM' })).toEqual(BAD_SIGNATURE);
  });

  it('rejects a message signed by another key, and one pointed at another certificate', async () => {
    const otherKey = snsTestKeyPem('other');
    expect(await check(signed(aNotification(), '2', otherKey))).toEqual(BAD_SIGNATURE);
    expect(await check(signed(aNotification(), '1', KEY, SNS_OTHER_CERT_URL))).toEqual(
      BAD_SIGNATURE,
    );
  });

  it.each([
    ['another host ending in the SNS name', `${SNS}.evil.com/SimpleNotificationService-test.pem`],
    ['an S3 host', 'https://s3.amazonaws.com/SimpleNotificationService-test.pem'],
    ['a port', `${SNS}:8443/SimpleNotificationService-test.pem`],
    ['http', 'http://sns.ca-central-1.amazonaws.com/SimpleNotificationService-test.pem'],
    ['user info', 'https://user@sns.ca-central-1.amazonaws.com/SimpleNotificationService-test.pem'],
    ['an IP address', 'https://54.239.28.85/SimpleNotificationService-test.pem'],
    ['no .pem', `${SNS}/SimpleNotificationService-test.crt`],
    ['a query', `${SNS}/SimpleNotificationService-test.pem?x=.pem`],
    ['garbage', 'EXAMPLE'],
  ])('rejects a SigningCertURL with %s, without fetching it', async (_case, certUrl) => {
    const { source, get } = spySource();
    const verdict = await check(signed(aNotification(), '2', KEY, certUrl), {
      certificates: source,
    });
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/^SigningCertURL /) });
    expect(get).not.toHaveBeenCalled();
  });

  it.each([
    ['another host', `https://evil.com/?Action=ConfirmSubscription&TopicArn=${TOPIC}`, /host/],
    ['http', `http://sns.ca-central-1.amazonaws.com/?Action=ConfirmSubscription`, /https/],
    ['another action', `${SNS}/?Action=Unsubscribe&TopicArn=${TOPIC}`, /ConfirmSubscription/],
    ['another topic', `${SNS}/?Action=ConfirmSubscription&TopicArn=${OTHER_TOPIC}`, /topic/],
  ])('rejects a confirmation whose SubscribeURL names %s', async (_case, subscribeUrl, why) => {
    for (const type of ['SubscriptionConfirmation', 'UnsubscribeConfirmation'] as const) {
      const raw = signed(aConfirmation(type, { SubscribeURL: subscribeUrl }));
      const verdict = await check(raw);
      expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/^SubscribeURL /) });
      expect(verdict.ok || verdict.reason).toMatch(why);
    }
  });

  it.each([['3'], [''], ['1.0'], [' 2']])(
    'rejects SignatureVersion %j before fetching anything',
    async (version) => {
      const { source, get } = spySource();
      const raw = { ...signed(aNotification()), SignatureVersion: version };
      expect(await check(raw, { certificates: source })).toEqual({
        ok: false,
        reason: 'unsupported SignatureVersion',
      });
      expect(get).not.toHaveBeenCalled();
    },
  );

  it('rejects SignatureVersion 1 as a number: the body does not parse, and the verifier refuses it', () => {
    const raw = { ...signed(aNotification(), '1'), SignatureVersion: 1 };
    expect(parseSnsBody(JSON.stringify(raw))).toEqual({
      ok: false,
      reason: 'SignatureVersion is not a string',
    });
    const forced = { ...envelope(signed(aNotification(), '1')), SignatureVersion: 1 };
    expect(verifySnsSignature(forced as unknown as SnsEnvelope, snsTestCertPem())).toEqual({
      ok: false,
      reason: 'unsupported SignatureVersion',
    });
  });

  it('rejects a v1 signature relabelled as v2, and the reverse', async () => {
    expect(await check({ ...signed(aNotification(), '1'), SignatureVersion: '2' })).toEqual(
      BAD_SIGNATURE,
    );
    expect(await check({ ...signed(aNotification(), '2'), SignatureVersion: '1' })).toEqual(
      BAD_SIGNATURE,
    );
  });

  it('rejects a topic outside the allow-list, matching ARNs exactly, without fetching', async () => {
    const { source, get } = spySource();
    const raw = signed(aNotification({ TopicArn: `${TOPIC}-staging` }));
    expect(await check(raw, { allowedTopicArns: [TOPIC], certificates: source })).toEqual({
      ok: false,
      reason: `TopicArn ${TOPIC}-staging is not in the allow-list`,
    });
    expect(get).not.toHaveBeenCalled();
  });

  it('rejects every topic when the allow-list is empty, and says so', async () => {
    expect(await check(signed(aNotification()), { allowedTopicArns: [] })).toEqual({
      ok: false,
      reason: 'no SNS topic is allowed (the allow-list is empty)',
    });
  });

  it.each([
    ['not base64', 'lol'],
    ['empty', ''],
    ['base64 with junk inside', 'c2ln!!bmF0dXJl'],
  ])('rejects a Signature that is %s', async (_case, signature) => {
    expect(await check({ ...signed(aNotification()), Signature: signature })).toEqual({
      ok: false,
      reason: 'Signature is not base64',
    });
  });

  it('verifies the decoded Message: JSON escapes such as \\n become characters before signing', async () => {
    const raw = signed(aNotification({ Message: 'line one\nline two\t"quoted" \u00e9 \u2028' }));
    const body = JSON.stringify(raw);
    expect(body).toContain('line one\\nline two\\t\\"quoted\\"');
    const message = envelope(raw);
    expect(snsStringToSign(message)).toContain('Message\nline one\nline two\t"quoted" \u00e9');
    expect(
      await verifySnsMessage(message, { certificates: pinned, allowedTopicArns: [TOPIC] }),
    ).toEqual(OK);

    // A signature over the escaped text (what hashing the raw JSON would check) does not pass.
    const overEscapes = signed(aNotification({ Message: 'line one\\nline two' }));
    expect(await check({ ...overEscapes, Message: 'line one\nline two' })).toEqual(BAD_SIGNATURE);
  });

  it('decides on the body alone: headers, UnsubscribeURL and MessageAttributes are not signed', async () => {
    const body = JSON.stringify(signed(aNotification()));
    const requests = [
      { headers: { 'x-amz-sns-message-type': 'Notification', 'x-amz-sns-topic-arn': TOPIC }, body },
      {
        headers: {
          'x-amz-sns-message-type': 'SubscriptionConfirmation',
          'x-amz-sns-topic-arn': 'arn:aws:sns:us-east-1:666666666666:elsewhere',
          'x-amz-sns-rawdelivery': 'true',
        },
        body,
      },
    ];
    for (const request of requests) {
      const parsed = parseSnsBody(request.body);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(
        await verifySnsMessage(parsed.message, { certificates: pinned, allowedTopicArns: [TOPIC] }),
      ).toEqual(OK);
    }
    // So these fields must never be trusted for a decision: changing them keeps the signature valid.
    const changed = {
      ...signed(aNotification()),
      UnsubscribeURL: 'https://evil.com/',
      MessageAttributes: { severity: { Type: 'String', Value: 'low' } },
    };
    expect(await check(changed)).toEqual(OK);
  });

  it('reports a certificate it could not get, flagging the transient failures', async () => {
    const failing = (error: unknown): SnsCertificateSource => ({
      get: () => Promise.reject(error),
    });
    const raw = signed(aNotification());
    expect(
      await check(raw, { certificates: failing(new SnsCertificateError('timed out', true)) }),
    ).toEqual({
      ok: false,
      reason: 'the signing certificate is unavailable: timed out',
      transient: true,
    });
    expect(await check(raw, { certificates: failing(new Error('boom')) })).toEqual({
      ok: false,
      reason: 'the signing certificate is unavailable: boom',
      transient: false,
    });
  });
});

describe('verifySnsSignature', () => {
  const message = envelope(signed(aNotification()));

  it('accepts only while the certificate is valid', () => {
    expect(verifySnsSignature(message, snsTestCertPem())).toEqual(OK);
    expect(verifySnsSignature(message, snsTestCertPem(), new Date('2000-01-01'))).toEqual({
      ok: false,
      reason: 'the signing certificate is not valid yet',
    });
    expect(verifySnsSignature(message, snsTestCertPem(), new Date('2100-01-01'))).toEqual({
      ok: false,
      reason: 'the signing certificate has expired',
    });
  });

  it('refuses a certificate that is not RSA, even when its own key signed the text', () => {
    const ecSigned = {
      ...message,
      Signature: sign(
        'sha256',
        Buffer.from(snsStringToSign(message)),
        snsTestKeyPem('ec'),
      ).toString('base64'),
    };
    expect(verifySnsSignature(ecSigned, snsTestCertPem('ec'))).toEqual({
      ok: false,
      reason: 'the signing certificate does not hold an RSA key of 2048+ bits',
    });
  });

  it('refuses something that is not a certificate', () => {
    expect(verifySnsSignature(message, snsTestKeyPem())).toEqual({
      ok: false,
      reason: 'the signing certificate cannot be read',
    });
  });
});

describe('isAllowedSnsUrl', () => {
  it.each([
    `${SNS}/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem`,
    'https://sns.us-gov-west-1.amazonaws.com/SimpleNotificationService-x.pem',
    'https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-x.pem',
  ])('accepts %s', (url) => {
    expect(isAllowedSnsUrl(url)).toBe(true);
  });

  it.each([
    `${SNS}.evil.com/SimpleNotificationService-x.pem`,
    'https://s3.amazonaws.com/SimpleNotificationService-x.pem',
    'https://sns.x.amazonaws.com/SimpleNotificationService-x.pem',
    'https://sns.us-east-1.amazonaws.com.cn/SimpleNotificationService-x.pem',
    'https://evilsns.ca-central-1.amazonaws.com/SimpleNotificationService-x.pem',
    'https://sns.ca-central-1.amazonaws.com./SimpleNotificationService-x.pem',
    'http://sns.ca-central-1.amazonaws.com/SimpleNotificationService-x.pem',
    'https://sns.us-east-1.amazonaws.com:8443/SimpleNotificationService-x.pem',
    'https://user@sns.ca-central-1.amazonaws.com/SimpleNotificationService-x.pem',
    'https://user:pw@sns.ca-central-1.amazonaws.com/SimpleNotificationService-x.pem',
    'https://54.239.28.85/SimpleNotificationService-x.pem',
    'https://[::1]/SimpleNotificationService-x.pem',
    `${SNS}/SimpleNotificationService-x.pem.txt`,
    `${SNS}/`,
    '//sns.ca-central-1.amazonaws.com/SimpleNotificationService-x.pem',
  ])('rejects %s as a SigningCertURL', (url) => {
    expect(isAllowedSnsUrl(url)).toBe(false);
  });

  it('applies the host rule, but not the .pem rule, to a SubscribeURL', () => {
    const subscribe = `${SNS}/?Action=ConfirmSubscription&TopicArn=${TOPIC}&Token=2336`;
    expect(isAllowedSnsUrl(subscribe, 'SubscribeURL')).toBe(true);
    expect(isAllowedSnsUrl(subscribe)).toBe(false);
    expect(isAllowedSnsUrl(subscribe.replace('sns.', 'sns.evil.'), 'SubscribeURL')).toBe(false);
  });
});

describe('published SNS fixtures, re-signed with the test key', () => {
  const files = readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .sort();

  /** HTTP bodies are the envelope itself; Lambda events hold one in each Records[].Sns. */
  const envelopesIn = (file: string): Raw[] => {
    const json = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Raw;
    return Array.isArray(json.Records)
      ? (json.Records as { Sns: Raw }[]).map((record) => record.Sns)
      : [json];
  };

  it('finds the fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(13);
  });

  it.each(files)('verifies %s', async (file) => {
    const envelopes = envelopesIn(file);
    expect(envelopes.length).toBeGreaterThan(0);
    for (const raw of envelopes) {
      expect(TYPES).toContain(raw.Type);
      for (const version of VERSIONS) {
        const allowedTopicArns = [String(raw.TopicArn)];
        expect(await check(signed(raw, version), { allowedTopicArns })).toEqual(OK);
      }
    }
  });
});
