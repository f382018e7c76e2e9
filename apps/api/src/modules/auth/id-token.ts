import { createPublicKey, type JsonWebKey, type KeyObject, verify } from 'node:crypto';
import { AppError } from '../../common/app-error.js';

/** A public key as a provider's JWKS lists it. */
export interface Jwk extends JsonWebKey {
  kid?: string;
  use?: string;
  alg?: string;
}

export interface IdTokenClaims {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce: string;
  azp?: string;
  email?: unknown;
  email_verified?: unknown;
}

export interface VerifyIdTokenInput {
  token: string;
  keys: readonly Jwk[];
  /** The provider's issuer exactly as its discovery document spells it. */
  issuer: string;
  clientId: string;
  nonce: string;
  now: Date;
  leewaySeconds?: number;
}

const ALGORITHMS = {
  RS256: { kty: 'RSA', crv: undefined, dsaEncoding: undefined },
  ES256: { kty: 'EC', crv: 'P-256', dsaEncoding: 'ieee-p1363' },
} as const;
type Algorithm = keyof typeof ALGORITHMS;

/** header.payload.signature in base64url; the signature may be empty only to be refused below. */
const COMPACT_JWS = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const MIN_RSA_BITS = 2048;

const reject = (why: string): never => {
  throw new AppError('UNAUTHENTICATED', `ID token rejected: ${why}`);
};

const decodeJson = (part: string, what: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // falls through to the rejection below
  }
  return reject(`the ${what} is not a JSON object`);
};

const isAlgorithm = (alg: unknown): alg is Algorithm =>
  typeof alg === 'string' && Object.hasOwn(ALGORITHMS, alg);

const pickKey = (keys: readonly Jwk[], alg: Algorithm, kid: unknown): KeyObject => {
  const { kty, crv } = ALGORITHMS[alg];
  const usable = keys.filter(
    (k) =>
      k.kty === kty &&
      (crv === undefined || k.crv === crv) &&
      (k.use === undefined || k.use === 'sig') &&
      (k.alg === undefined || k.alg === alg),
  );
  // Without a kid the choice is unambiguous only when the provider publishes a single key.
  const matching = kid === undefined ? usable : usable.filter((k) => k.kid === kid);
  if (matching.length !== 1) return reject(`no single ${alg} key with kid ${String(kid)}`);
  try {
    const key = createPublicKey({ key: matching[0] as JsonWebKey, format: 'jwk' });
    const bits = key.asymmetricKeyDetails?.modulusLength;
    if (kty === 'RSA' && (bits === undefined || bits < MIN_RSA_BITS)) {
      return reject(`the RSA key is shorter than ${MIN_RSA_BITS} bits`);
    }
    return key;
  } catch (error) {
    if (error instanceof AppError) throw error;
    return reject('the provider key cannot be read');
  }
};

const verifies = (
  signed: Buffer,
  key: KeyObject,
  dsaEncoding: 'ieee-p1363' | undefined,
  signature: Buffer,
): boolean => {
  try {
    return dsaEncoding
      ? verify('sha256', signed, { key, dsaEncoding }, signature)
      : verify('sha256', signed, key, signature);
  } catch {
    return false; // a malformed signature (wrong length for the curve) is just a bad signature
  }
};

const numericClaim = (payload: Record<string, unknown>, name: string): number => {
  const value = payload[name];
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : reject(`${name} is missing or not a number`);
};

/**
 * Verifies an ID token the way OpenID Connect Core 3.1.3.7 asks: signature against the provider's
 * keys, then issuer, audience, lifetime and nonce. Throws AppError('UNAUTHENTICATED') on any doubt.
 */
export const verifyIdToken = ({
  token,
  keys,
  issuer,
  clientId,
  nonce,
  now,
  leewaySeconds = 60,
}: VerifyIdTokenInput): IdTokenClaims => {
  if (!COMPACT_JWS.test(token)) return reject('not a compact JWS');
  const [encodedHeader, encodedPayload, encodedSignature] = token.split('.') as [
    string,
    string,
    string,
  ];
  const header = decodeJson(encodedHeader, 'header');
  // The algorithm is ours to choose, never the token's: this is what refuses `none` and HS256.
  if (!isAlgorithm(header.alg)) return reject(`algorithm ${String(header.alg)} is not accepted`);
  if (header.crit !== undefined) return reject('critical header extensions are not supported');
  const key = pickKey(keys, header.alg, header.kid);

  const signature = Buffer.from(encodedSignature, 'base64url');
  const { dsaEncoding } = ALGORITHMS[header.alg];
  const signed = Buffer.from(`${encodedHeader}.${encodedPayload}`, 'ascii');
  if (!verifies(signed, key, dsaEncoding, signature)) {
    return reject('the signature does not verify');
  }

  const payload = decodeJson(encodedPayload, 'payload');
  if (payload.iss !== issuer) return reject('iss is not the configured issuer');
  const aud = payload.aud;
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (!audiences.includes(clientId)) return reject('aud does not include this client');
  if (payload.azp !== undefined && payload.azp !== clientId) {
    return reject('azp names another client');
  }
  const nowSeconds = now.getTime() / 1000;
  const exp = numericClaim(payload, 'exp');
  const iat = numericClaim(payload, 'iat');
  if (exp + leewaySeconds <= nowSeconds) return reject('the token has expired');
  if (iat - leewaySeconds > nowSeconds) return reject('the token was issued in the future');
  if (payload.nbf !== undefined && numericClaim(payload, 'nbf') - leewaySeconds > nowSeconds) {
    return reject('the token is not valid yet');
  }
  if (typeof payload.nonce !== 'string' || payload.nonce !== nonce) {
    return reject('the nonce does not match this sign-in');
  }
  if (typeof payload.sub !== 'string' || !payload.sub) return reject('sub is missing');
  return payload as unknown as IdTokenClaims;
};
