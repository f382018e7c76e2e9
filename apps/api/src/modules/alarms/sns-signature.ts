import { constants, verify, X509Certificate } from 'node:crypto';
import { SnsCertificateError, type SnsCertificateSource } from './sns-certificate.source.js';
import type { SnsEnvelope } from './sns-message.js';
import { snsUrlProblem } from './sns-url.js';

export { isAllowedSnsUrl, snsUrlProblem, type SnsUrlField } from './sns-url.js';

export type SnsVerification = { ok: true } | { ok: false; reason: string; transient?: boolean };

/**
 * The exact text SNS signs (AWS "Verifying the signatures of Amazon SNS messages"): for each key in
 * byte order, `key\nvalue\n`, using the JSON-decoded values. Subject only when the message has one.
 */
export const snsStringToSign = (message: SnsEnvelope): string => {
  const fields: Record<string, string | undefined> =
    message.Type === 'Notification'
      ? {
          Message: message.Message,
          MessageId: message.MessageId,
          Subject: message.Subject,
          Timestamp: message.Timestamp,
          TopicArn: message.TopicArn,
          Type: message.Type,
        }
      : {
          // Token is signed for UnsubscribeConfirmation too, although npm sns-validator leaves it out.
          Message: message.Message,
          MessageId: message.MessageId,
          SubscribeURL: message.SubscribeURL,
          Timestamp: message.Timestamp,
          Token: message.Token,
          TopicArn: message.TopicArn,
          Type: message.Type,
        };
  return Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}\n${value}\n`)
    .join('');
};

const hashFor = (version: unknown): 'sha1' | 'sha256' | undefined =>
  version === '1' ? 'sha1' : version === '2' ? 'sha256' : undefined;

const subscribeUrlProblem = (url: string, topicArn: string): string | undefined => {
  const problem = snsUrlProblem(url, 'SubscribeURL');
  if (problem) return problem;
  const query = new URL(url).searchParams;
  if (query.get('Action') !== 'ConfirmSubscription') return 'is not a ConfirmSubscription call';
  if (query.get('TopicArn') !== topicArn) return 'names another topic';
  return undefined;
};

const MIN_RSA_BITS = 2048;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X509Certificate.validFrom/validTo, e.g. "Nov 21 08:19:09 2026 GMT" (OpenSSL's ASN1_TIME_print). */
const certificateTime = (value: string): number | undefined => {
  const match = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4}) GMT$/.exec(value);
  if (!match) return undefined;
  const [, name, day, hours, minutes, seconds, year] = match;
  const month = MONTHS.indexOf(name);
  if (month < 0) return undefined;
  return Date.UTC(+year, month, +day, +hours, +minutes, +seconds);
};

const fail = (reason: string): SnsVerification => ({ ok: false, reason });

/**
 * Checks the signature of an SNS message against the certificate its SigningCertURL served:
 * SignatureVersion 1 is SHA1withRSA, 2 is SHA256withRSA, anything else is refused.
 */
export const verifySnsSignature = (
  message: SnsEnvelope,
  certificatePem: string,
  now: Date = new Date(),
): SnsVerification => {
  const hash = hashFor(message.SignatureVersion);
  if (!hash) return fail('unsupported SignatureVersion');
  // Buffer.from(…, 'base64') skips characters it does not know; a signature must be clean base64.
  if (message.Signature === '' || !BASE64.test(message.Signature)) {
    return fail('Signature is not base64');
  }

  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(certificatePem);
  } catch {
    return fail('the signing certificate cannot be read');
  }
  const notBefore = certificateTime(certificate.validFrom);
  const notAfter = certificateTime(certificate.validTo);
  if (notBefore === undefined || notAfter === undefined) {
    return fail('the signing certificate validity cannot be read');
  }
  if (now.getTime() < notBefore) return fail('the signing certificate is not valid yet');
  if (now.getTime() > notAfter) return fail('the signing certificate has expired');
  const key = certificate.publicKey;
  const bits = key.asymmetricKeyDetails?.modulusLength;
  // The hash is ours to choose by SignatureVersion; the key type must match it too (RSA only).
  if (key.asymmetricKeyType !== 'rsa' || bits === undefined || bits < MIN_RSA_BITS) {
    return fail(`the signing certificate does not hold an RSA key of ${MIN_RSA_BITS}+ bits`);
  }

  const signed = Buffer.from(snsStringToSign(message), 'utf8');
  const signature = Buffer.from(message.Signature, 'base64');
  let valid: boolean;
  try {
    valid = verify(hash, signed, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
  } catch {
    valid = false; // a signature of the wrong length is just a bad signature
  }
  return valid ? { ok: true } : fail('the signature does not verify');
};

export interface VerifySnsMessageOptions {
  certificates: SnsCertificateSource;
  /** Exact topic ARNs this endpoint accepts; empty accepts none. */
  allowedTopicArns: readonly string[];
  now?: Date;
}

/**
 * Decides whether an SNS message really comes from one of our topics: topic allow-list, URL rules,
 * then the signature against the certificate fetched from SigningCertURL. Never throws.
 * `transient` marks a failure worth a 5xx so that SNS retries (the certificate could not be had).
 */
export const verifySnsMessage = async (
  message: SnsEnvelope,
  { certificates, allowedTopicArns, now = new Date() }: VerifySnsMessageOptions,
): Promise<SnsVerification> => {
  // AWS: "Reject any message with an unexpected TopicArn"; checked first so that strangers cost no fetch.
  if (allowedTopicArns.length === 0)
    return fail('no SNS topic is allowed (the allow-list is empty)');
  if (!allowedTopicArns.includes(message.TopicArn)) {
    return fail(`TopicArn ${message.TopicArn} is not in the allow-list`);
  }
  if (!hashFor(message.SignatureVersion)) return fail('unsupported SignatureVersion');
  const certUrlProblem = snsUrlProblem(message.SigningCertURL, 'SigningCertURL');
  if (certUrlProblem) return fail(`SigningCertURL ${certUrlProblem}`);
  if (message.Type !== 'Notification') {
    const problem = subscribeUrlProblem(message.SubscribeURL, message.TopicArn);
    if (problem) return fail(`SubscribeURL ${problem}`);
  }

  let certificatePem: string;
  try {
    certificatePem = await certificates.get(message.SigningCertURL);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: `the signing certificate is unavailable: ${why}`,
      transient: error instanceof SnsCertificateError && error.transient,
    };
  }
  return verifySnsSignature(message, certificatePem, now);
};
