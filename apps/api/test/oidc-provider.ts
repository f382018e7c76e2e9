import express, { type Request, type Response } from 'express';
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Signs a compact JWS; `none` leaves the signature empty, as an attacker would. */
export const signJwt = (
  header: Record<string, unknown> & { alg: 'RS256' | 'ES256' | 'none' },
  payload: Record<string, unknown>,
  key?: KeyObject,
): string => {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${encode(header)}.${encode(payload)}`;
  if (header.alg === 'none' || !key) return `${input}.`;
  const signature =
    header.alg === 'ES256'
      ? sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(input), key);
  return `${input}.${signature.toString('base64url')}`;
};

/** client_secret_basic: both halves are form-encoded before base64 (RFC 6749 §2.3.1). */
const hasClientCredentials = (header: string | undefined, id: string, secret: string): boolean => {
  const decoded = Buffer.from(/^Basic (.+)$/.exec(header ?? '')?.[1] ?? '', 'base64').toString();
  const colon = decoded.indexOf(':');
  const form = (value: string) => decodeURIComponent(value.replace(/\+/g, ' '));
  try {
    return (
      colon > 0 && form(decoded.slice(0, colon)) === id && form(decoded.slice(colon + 1)) === secret
    );
  } catch {
    return false;
  }
};

export interface ProviderUser {
  sub: string;
  email: string;
  email_verified: boolean;
}

interface PendingCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  nonce: string;
  user: ProviderUser;
}

/** A local OpenID provider for tests: /authorize signs in `user` at once, without a login page. */
export interface OidcProvider {
  url: string;
  /** Who the next /authorize signs in. */
  user: ProviderUser;
  /** What /token refused, and why, in order. */
  refusals: string[];
  close(): Promise<void>;
}

export const startOidcProvider = async ({
  clientId,
  clientSecret,
}: {
  clientId: string;
  clientSecret: string;
}): Promise<OidcProvider> => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const codes = new Map<string, PendingCode>();
  const server = express();
  const provider: OidcProvider = {
    url: '',
    user: { sub: 'nobody', email: 'nobody@example.test', email_verified: false },
    refusals: [],
    close: () => new Promise((resolve) => listener.close(() => resolve())),
  };

  server.get('/.well-known/openid-configuration', (_req, res) => {
    res.json({
      issuer: provider.url,
      authorization_endpoint: `${provider.url}/authorize`,
      token_endpoint: `${provider.url}/token`,
      jwks_uri: `${provider.url}/jwks`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
    });
  });

  server.get('/jwks', (_req, res) => {
    res.json({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
  });

  server.get('/authorize', (req: Request, res: Response) => {
    const q = req.query as Record<string, string | undefined>;
    const valid =
      q.response_type === 'code' &&
      q.client_id === clientId &&
      q.scope?.split(' ').includes('openid') &&
      q.code_challenge_method === 'S256' &&
      q.code_challenge &&
      q.nonce &&
      q.state &&
      q.redirect_uri;
    if (!valid || !q.redirect_uri || !q.code_challenge || !q.nonce) {
      res.status(400).send('invalid authorization request');
      return;
    }
    const code = randomBytes(16).toString('base64url');
    codes.set(code, {
      clientId,
      redirectUri: q.redirect_uri,
      challenge: q.code_challenge,
      nonce: q.nonce,
      user: provider.user,
    });
    const back = new URL(q.redirect_uri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', q.state ?? '');
    res.redirect(302, back.toString());
  });

  server.post('/token', express.urlencoded({ extended: false }), (req: Request, res: Response) => {
    const body = req.body as Record<string, string | undefined>;
    const refuse = (status: number, error: string, why: string) => {
      provider.refusals.push(why);
      res.status(status).json({ error });
    };
    if (!hasClientCredentials(req.get('authorization'), clientId, clientSecret))
      return refuse(401, 'invalid_client', 'client credentials');
    const pending = body.code ? codes.get(body.code) : undefined;
    if (body.code) codes.delete(body.code);
    if (body.grant_type !== 'authorization_code' || !pending)
      return refuse(400, 'invalid_grant', 'unknown code');
    if (body.redirect_uri !== pending.redirectUri)
      return refuse(400, 'invalid_grant', 'redirect_uri');
    const challenge = createHash('sha256')
      .update(body.code_verifier ?? '')
      .digest('base64url');
    if (challenge !== pending.challenge) return refuse(400, 'invalid_grant', 'code_verifier');
    const now = Math.floor(Date.now() / 1000);
    const idToken = signJwt(
      { alg: 'RS256', typ: 'JWT', kid },
      {
        iss: provider.url,
        aud: pending.clientId,
        iat: now,
        exp: now + 300,
        nonce: pending.nonce,
        ...pending.user,
      },
      privateKey,
    );
    res.json({
      access_token: randomBytes(16).toString('base64url'),
      token_type: 'Bearer',
      expires_in: 300,
      id_token: idToken,
    });
  });

  const listener: Server = await new Promise((resolve) => {
    const started = server.listen(0, '127.0.0.1', () => resolve(started));
  });
  provider.url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  return provider;
};
