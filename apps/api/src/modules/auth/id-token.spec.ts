import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { signJwt } from '../../../test/oidc-provider.js';
import { type Jwk, verifyIdToken } from './id-token.js';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = (key: KeyObject, extra: Jwk): Jwk => ({ ...key.export({ format: 'jwk' }), ...extra });
const KEYS: Jwk[] = [
  jwk(rsa.publicKey, { kid: 'rsa-1', alg: 'RS256', use: 'sig' }),
  jwk(ec.publicKey, { kid: 'ec-1', use: 'sig' }),
];

const ISSUER = 'https://id.example.test';
const NOW = new Date('2026-03-01T12:00:00Z');
const nowSeconds = NOW.getTime() / 1000;
const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  sub: 'user-123',
  aud: 'vigil',
  iat: nowSeconds - 10,
  exp: nowSeconds + 300,
  nonce: 'n-0S6_WzA2Mj',
  email: 'lead@example.test',
  email_verified: true,
  ...overrides,
});
const rs256 = (payload = claims(), key = rsa.privateKey, kid = 'rsa-1') =>
  signJwt({ alg: 'RS256', typ: 'JWT', kid }, payload, key);

const verify = (token: string, keys: Jwk[] = KEYS) =>
  verifyIdToken({
    token,
    keys,
    issuer: ISSUER,
    clientId: 'vigil',
    nonce: 'n-0S6_WzA2Mj',
    now: NOW,
  });

describe('verifyIdToken', () => {
  it('accepts an RS256 token from the provider for this client and sign-in', () => {
    expect(verify(rs256())).toMatchObject({ sub: 'user-123', email: 'lead@example.test' });
  });

  it('accepts an ES256 token', () => {
    const token = signJwt({ alg: 'ES256', kid: 'ec-1' }, claims(), ec.privateKey);
    expect(verify(token).sub).toBe('user-123');
  });

  it('accepts an audience list that includes the client, and a token just past exp within leeway', () => {
    expect(verify(rs256(claims({ aud: ['other', 'vigil'] }))).sub).toBe('user-123');
    expect(verify(rs256(claims({ exp: nowSeconds - 30 }))).sub).toBe('user-123');
  });

  it('picks the only key when the token names no kid', () => {
    const token = signJwt({ alg: 'RS256' }, claims(), rsa.privateKey);
    expect(verify(token, [KEYS[0] as Jwk]).sub).toBe('user-123');
  });

  const [header, payload] = rs256().split('.') as [string, string];
  const tampered = Buffer.from(JSON.stringify(claims({ sub: 'admin' }))).toString('base64url');

  it.each([
    ['a signature by another key', rs256(claims(), otherRsa.privateKey), /signature/],
    [
      'a payload changed after signing',
      `${header}.${tampered}.${rs256().split('.')[2]}`,
      /signature/,
    ],
    ['another issuer', rs256(claims({ iss: 'https://evil.example.test' })), /iss/],
    ['another audience', rs256(claims({ aud: 'someone-else' })), /aud/],
    ['an azp naming another client', rs256(claims({ azp: 'someone-else' })), /azp/],
    ['an expired token', rs256(claims({ exp: nowSeconds - 61 })), /expired/],
    ['a token issued in the future', rs256(claims({ iat: nowSeconds + 600 })), /future/],
    ['a token without iat', rs256(claims({ iat: undefined })), /iat/],
    ['another nonce', rs256(claims({ nonce: 'replayed' })), /nonce/],
    ['a token without a nonce', rs256(claims({ nonce: undefined })), /nonce/],
    ['alg none', signJwt({ alg: 'none', kid: 'rsa-1' }, claims()), /algorithm none/],
    ['a signed token with its signature stripped', `${header}.${payload}.`, /signature/],
    ['an unknown kid', rs256(claims(), rsa.privateKey, 'rotated-away'), /kid rotated-away/],
    ['an RS256 header over the EC key', rs256(claims(), rsa.privateKey, 'ec-1'), /kid ec-1/],
    ['garbage', 'not.a.jwt', /header/],
  ])('rejects %s', (_case, token, why) => {
    expect(() => verify(token)).toThrow(why);
  });

  it('rejects a key too short to trust, even with a valid signature', () => {
    const weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const keys = [jwk(weak.publicKey, { kid: 'weak' })];
    expect(() => verify(rs256(claims(), weak.privateKey, 'weak'), keys)).toThrow(/2048 bits/);
  });

  it('rejects HS256 signed with the public key as the secret', () => {
    const forged = `${Buffer.from(JSON.stringify({ alg: 'HS256', kid: 'rsa-1' })).toString('base64url')}.${payload}.c2lnbmF0dXJl`;
    expect(() => verify(forged)).toThrow(/algorithm HS256/);
  });
});
