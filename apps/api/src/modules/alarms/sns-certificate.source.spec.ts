import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  SNS_TEST_CERT_DIR,
  SNS_TEST_CERT_URL,
  snsTestCertPem,
  snsTestKeyPem,
} from '../../../test/sns-signing.js';
import {
  HttpsCertificateSource,
  PinnedCertificateSource,
  SnsCertificateError,
} from './sns-certificate.source.js';

const SNS = 'https://sns.ca-central-1.amazonaws.com';
const pinned = new PinnedCertificateSource(SNS_TEST_CERT_DIR);

describe('PinnedCertificateSource', () => {
  it('serves the file named at the end of the URL path', async () => {
    await expect(pinned.get(SNS_TEST_CERT_URL)).resolves.toBe(snsTestCertPem());
  });

  it('uses only the file name, so dot segments cannot leave the directory', async () => {
    const url = `${SNS}/../../../../etc/SimpleNotificationService-test.pem`;
    await expect(pinned.get(url)).resolves.toBe(snsTestCertPem());
  });

  it.each([
    [`${SNS}/..%2F..%2F..%2Fpackage.pem`, /not a plain \.pem file name/],
    [`${SNS}/%2e%2e%2fsecret.pem`, /not a plain \.pem file name/],
    [`${SNS}/..%5C..%5Csecret.pem`, /not a plain \.pem file name/],
    [`${SNS}/..pem`, /not a plain \.pem file name/],
    [`${SNS}/SimpleNotificationService-test.key`, /does not end in \.pem/],
    ['../fixtures/sns/SimpleNotificationService-test.pem', /not a URL/],
    ['file:///etc/ssl/cert.pem', /not https/],
  ])('rejects %s', async (url, why) => {
    await expect(pinned.get(url)).rejects.toThrow(why);
  });

  it('says which certificate is missing', async () => {
    await expect(pinned.get(`${SNS}/SimpleNotificationService-missing.pem`)).rejects.toThrow(
      'no pinned certificate SimpleNotificationService-missing.pem',
    );
  });

  it('refuses a pinned file that is not a certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sns-pinned-'));
    writeFileSync(join(dir, 'SimpleNotificationService-key.pem'), snsTestKeyPem());
    await expect(
      new PinnedCertificateSource(dir).get(`${SNS}/SimpleNotificationService-key.pem`),
    ).rejects.toThrow('SimpleNotificationService-key.pem is not a PEM certificate');
  });
});

describe('HttpsCertificateSource', () => {
  const PEM = snsTestCertPem();
  const HOUR = 60 * 60 * 1000;

  const setup = (
    answer: (url: string) => Response | Promise<Response> = () => new Response(PEM),
  ) => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    const fetch = jest.fn((input: string | URL | Request, _init?: RequestInit) =>
      Promise.resolve(answer(String(input))),
    );
    const source = new HttpsCertificateSource({ fetch, clock: () => now });
    return { source, fetch, advance: (ms: number) => (now += ms) };
  };

  const failure = async (promise: Promise<unknown>): Promise<SnsCertificateError> => {
    const error: unknown = await promise.then(
      () => undefined,
      (reason: unknown) => reason,
    );
    if (!(error instanceof SnsCertificateError))
      throw new Error(`expected a failure: ${String(error)}`);
    return error;
  };

  it('fetches once without following redirects, within a timeout, then serves from cache for an hour', async () => {
    const { source, fetch, advance } = setup();
    await expect(source.get(SNS_TEST_CERT_URL)).resolves.toBe(PEM);
    expect(fetch).toHaveBeenCalledWith(SNS_TEST_CERT_URL, {
      redirect: 'error',
      signal: expect.any(AbortSignal),
    });
    advance(HOUR - 1);
    await expect(source.get(SNS_TEST_CERT_URL)).resolves.toBe(PEM);
    expect(fetch).toHaveBeenCalledTimes(1);
    advance(1);
    await source.get(SNS_TEST_CERT_URL);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('keeps at most 50 certificates, dropping the oldest', async () => {
    const { source, fetch } = setup();
    const url = (i: number) => `${SNS}/SimpleNotificationService-${i}.pem`;
    for (let i = 0; i <= 50; i += 1) await source.get(url(i));
    expect(fetch).toHaveBeenCalledTimes(51);
    await source.get(url(50));
    expect(fetch).toHaveBeenCalledTimes(51);
    await source.get(url(0));
    expect(fetch).toHaveBeenCalledTimes(52);
  });

  it.each([
    `${SNS}.evil.com/SimpleNotificationService-test.pem`,
    'http://sns.ca-central-1.amazonaws.com/SimpleNotificationService-test.pem',
    `${SNS}:8443/SimpleNotificationService-test.pem`,
    'https://s3.amazonaws.com/SimpleNotificationService-test.pem',
  ])('never fetches %s', async (url) => {
    const { source, fetch } = setup();
    await expect(source.get(url)).rejects.toThrow(/^SigningCertURL /);
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a 404', () => new Response('no', { status: 404 }), /HTTP 404/, false],
    ['a 503', () => new Response('busy', { status: 503 }), /HTTP 503/, true],
    ['a redirect', () => Promise.reject(new TypeError('fetch failed')), /did not answer/, true],
    [
      'a timeout',
      () => Promise.reject(new DOMException('timed out', 'TimeoutError')),
      /timed out/,
      true,
    ],
    ['a body that is not PEM', () => new Response('<html>'), /not a PEM certificate/, false],
    [
      'a PEM that is not a certificate',
      () => new Response(snsTestKeyPem()),
      /not a PEM certificate/,
      false,
    ],
    [
      'a declared length over 16 KiB',
      () => new Response(PEM, { headers: { 'content-length': String(16 * 1024 + 1) } }),
      /larger than 16384 bytes/,
      false,
    ],
    [
      'a streamed body over 16 KiB',
      () => new Response(streamOf(PEM, 'x'.repeat(16 * 1024))),
      /larger than 16384 bytes/,
      false,
    ],
  ])('refuses %s', async (_case, answer, why, transient) => {
    const { source } = setup(answer);
    const error = await failure(source.get(SNS_TEST_CERT_URL));
    expect(error.message).toMatch(why);
    expect(error.transient).toBe(transient);
  });

  it('does not cache a failure', async () => {
    let calls = 0;
    const { source } = setup(() =>
      (calls += 1) === 1 ? new Response('busy', { status: 503 }) : new Response(PEM),
    );
    await expect(source.get(SNS_TEST_CERT_URL)).rejects.toThrow(/503/);
    await expect(source.get(SNS_TEST_CERT_URL)).resolves.toBe(PEM);
  });
});

const streamOf = (...parts: string[]): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
      controller.close();
    },
  });
