import { parseSnsBody } from './sns-message.js';

const confirmation = {
  Type: 'SubscriptionConfirmation',
  MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
  Token: '2336412f37fb687f5d51e6e241d09c805a5a57b3',
  TopicArn: 'arn:aws:sns:ca-central-1:123456789012:vigil-alarms',
  Message: 'You have chosen to subscribe to the topic …',
  SubscribeURL: 'https://sns.ca-central-1.amazonaws.com/?Action=ConfirmSubscription',
  Timestamp: '2026-03-01T12:00:04.751Z',
  SignatureVersion: '2',
  Signature: 'c2lnbmF0dXJl',
  SigningCertURL: 'https://sns.ca-central-1.amazonaws.com/SimpleNotificationService-test.pem',
};
const body = (value: unknown) => JSON.stringify(value);

describe('parseSnsBody', () => {
  it('reads an envelope sent as text, dropping keys it does not know', () => {
    const parsed = parseSnsBody(body({ ...confirmation, Extra: 'x' }));
    expect(parsed).toEqual({ ok: true, message: confirmation });
  });

  it('folds the Lambda spellings SigningCertUrl and UnsubscribeUrl into the HTTP ones', () => {
    const { SigningCertURL, ...rest } = { ...confirmation, Type: 'Notification', Subject: null };
    const parsed = parseSnsBody(
      body({ ...rest, SigningCertUrl: SigningCertURL, UnsubscribeUrl: 'https://sns.x/?a=b' }),
    );
    expect(parsed.ok && parsed.message).toMatchObject({
      SigningCertURL,
      UnsubscribeURL: 'https://sns.x/?a=b',
    });
    expect(parsed.ok && parsed.message).not.toHaveProperty('SigningCertUrl');
    expect(parsed.ok && parsed.message).not.toHaveProperty('Subject');
  });

  it('keeps the HTTP spelling when a body carries both', () => {
    const parsed = parseSnsBody(
      body({ ...confirmation, SigningCertUrl: 'https://evil.com/x.pem' }),
    );
    expect(parsed.ok && parsed.message.SigningCertURL).toBe(confirmation.SigningCertURL);
  });

  it.each([
    ['text that is not JSON', 'Type=Notification', 'body is not JSON'],
    ['an empty body', '', 'body is not JSON'],
    ['a JSON array', body([confirmation]), 'body is not a JSON object'],
    ['JSON null', 'null', 'body is not a JSON object'],
    ['a JSON string', body(body(confirmation)), 'body is not a JSON object'],
    ['no Type', body({ ...confirmation, Type: undefined }), 'Type is missing'],
    [
      'an unknown Type',
      body({ ...confirmation, Type: 'Subscribe' }),
      'Type "Subscribe" is not an SNS message type',
    ],
    ['a missing Token', body({ ...confirmation, Token: undefined }), 'Token is missing'],
    [
      'a missing SigningCertURL',
      body({ ...confirmation, SigningCertURL: undefined }),
      'SigningCertURL is missing',
    ],
    [
      'a numeric SignatureVersion',
      body({ ...confirmation, SignatureVersion: 2 }),
      'SignatureVersion is not a string',
    ],
    [
      'a Notification with an object Message',
      body({ ...confirmation, Type: 'Notification', Message: { AlarmName: 'x' } }),
      'Message is not a string',
    ],
  ])('refuses %s', (_case, text, reason) => {
    expect(parseSnsBody(text)).toEqual({ ok: false, reason });
  });
});
