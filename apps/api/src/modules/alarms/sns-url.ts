export type SnsUrlField = 'SigningCertURL' | 'SubscribeURL';

// A regional SNS endpoint, not any amazonaws.com host: S3 buckets live there too
// (aws-php-sns-message-validator; AWS: "Reject any URLs outside AWS domains").
const SNS_HOST = /^sns\.([a-z]{2,}(?:-[a-z]+)+-\d+)\.amazonaws\.com(\.cn)?$/;

/** Why `url` may not be used as an SNS SigningCertURL / SubscribeURL, or undefined when it may. */
export const snsUrlProblem = (url: string, field: SnsUrlField): string | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'https:') return 'is not https';
  if (parsed.username !== '' || parsed.password !== '') return 'carries user info';
  if (parsed.port !== '') return `names port ${parsed.port}`;
  const host = SNS_HOST.exec(parsed.hostname);
  // The .com.cn partition serves only the China regions.
  if (!host || (host[2] !== undefined) !== host[1].startsWith('cn-')) {
    return `host ${parsed.hostname} is not an SNS endpoint`;
  }
  if (field === 'SigningCertURL') {
    if (!parsed.pathname.endsWith('.pem')) return 'path does not end in .pem';
    if (parsed.search !== '' || parsed.hash !== '') return 'carries a query or fragment';
  }
  return undefined;
};

/**
 * The AWS rule for SNS URLs: https, host sns.<region>.amazonaws.com(.cn), no port, no user info;
 * a SigningCertURL must also name a .pem file. Checks the certificate rule unless told otherwise.
 */
export const isAllowedSnsUrl = (url: string, field: SnsUrlField = 'SigningCertURL'): boolean =>
  snsUrlProblem(url, field) === undefined;
