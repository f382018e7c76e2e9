import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppError } from '../../common/app-error.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { type IdTokenClaims, type Jwk, verifyIdToken } from './id-token.js';
import { SsoError, type SsoFailureReason } from './oidc.exception.js';
import { sha256 } from './secrets.js';

export const SSO_CALLBACK_PATH = '/api/v1/auth/sso/callback';
const DISCOVERY_TTL_MS = 60 * 60 * 1000;
const FETCH_TIMEOUT_MS = 5_000;

export type OidcSettings = NonNullable<Config['oidc']>;

const httpUrl = z.url({ protocol: /^https?$/ });
const discoverySchema = z.object({
  issuer: z.string().min(1),
  authorization_endpoint: httpUrl,
  token_endpoint: httpUrl,
  jwks_uri: httpUrl,
});
type Discovery = z.infer<typeof discoverySchema>;
const jwksSchema = z.object({ keys: z.array(z.looseObject({ kty: z.string() })) });
const tokenResponseSchema = z.object({ id_token: z.string().min(1) });

/** OAuth error codes are short ASCII words; anything else is not echoed into the audit log. */
export const oauthCode = (value: unknown): string =>
  typeof value === 'string' && /^[\w.-]{1,64}$/.test(value) ? value : 'unknown';

/** RFC 6749 §2.3.1: client_secret_basic form-encodes both halves before base64. */
const formEncode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');

/** Talks to the OpenID provider: discovery, the authorization URL, the token endpoint, its keys. */
@Injectable()
export class OidcClientService {
  private discovery: { document: Discovery; fetchedAt: number } | null = null;

  constructor(@InjectConfig() private readonly config: Config) {}

  configured(): OidcSettings | null {
    return this.config.oidc;
  }

  /** A server without provider settings has no SSO routes to speak of: they answer 404. */
  assertConfigured(): OidcSettings {
    if (!this.config.oidc) throw new AppError('NOT_FOUND', 'Single sign-on is not configured.');
    return this.config.oidc;
  }

  async authorizationUrl(login: { state: string; nonce: string; codeVerifier: string }) {
    const url = new URL((await this.discover()).authorization_endpoint);
    const params = {
      response_type: 'code',
      client_id: this.assertConfigured().clientId,
      redirect_uri: this.redirectUri(),
      scope: 'openid email profile',
      state: login.state,
      nonce: login.nonce,
      code_challenge: sha256(login.codeVerifier).toString('base64url'),
      code_challenge_method: 'S256',
    };
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    return url.toString();
  }

  /** Trades the code for the ID token; the access token is neither needed nor kept. */
  async exchangeCode(code: string, codeVerifier: string): Promise<string> {
    const { clientId, clientSecret } = this.assertConfigured();
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.redirectUri(),
      code_verifier: codeVerifier,
    });
    const headers: Record<string, string> = {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    };
    if (clientSecret) {
      const credentials = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
      headers.authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
    } else {
      form.set('client_id', clientId);
    }
    const reply = await this.fetchJson(
      (await this.discover()).token_endpoint,
      { method: 'POST', headers, body: form },
      'token_exchange_failed',
    );
    const parsed = tokenResponseSchema.safeParse(reply.body);
    if (reply.status !== 200 || !parsed.success) {
      const error = oauthCode((reply.body as { error?: unknown } | null)?.error);
      throw new SsoError(
        'token_exchange_failed',
        `the token endpoint answered ${reply.status} ${error}`,
      );
    }
    return parsed.data.id_token;
  }

  async verifiedClaims(idToken: string, nonce: string): Promise<IdTokenClaims> {
    const provider = await this.discover();
    // Keys are fetched for each sign-in, so a rotated key needs no refetch rule of its own.
    const reply = await this.fetchJson(provider.jwks_uri, {}, 'provider_unavailable');
    const jwks = jwksSchema.safeParse(reply.body);
    if (!jwks.success) throw new SsoError('provider_unavailable', 'the JWKS is not a key set');
    try {
      return verifyIdToken({
        token: idToken,
        keys: jwks.data.keys as Jwk[],
        issuer: provider.issuer,
        clientId: this.assertConfigured().clientId,
        nonce,
        now: new Date(),
      });
    } catch (error) {
      throw error instanceof AppError ? new SsoError('id_token_invalid', error.message) : error;
    }
  }

  private async discover(): Promise<Discovery> {
    if (this.discovery && Date.now() - this.discovery.fetchedAt < DISCOVERY_TTL_MS) {
      return this.discovery.document;
    }
    const { issuer } = this.assertConfigured();
    const url = `${issuer}/.well-known/openid-configuration`;
    const reply = await this.fetchJson(url, {}, 'provider_unavailable');
    const parsed = discoverySchema.safeParse(reply.body);
    if (reply.status !== 200 || !parsed.success) {
      throw new SsoError('provider_unavailable', `${url} answered ${reply.status}, unusable`);
    }
    // OpenID Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
    if (parsed.data.issuer.replace(/\/$/, '') !== issuer) {
      throw new SsoError(
        'provider_unavailable',
        `discovery names the issuer ${parsed.data.issuer}`,
      );
    }
    this.discovery = { document: parsed.data, fetchedAt: Date.now() };
    return parsed.data;
  }

  private async fetchJson(
    url: string,
    init: RequestInit,
    failure: SsoFailureReason,
  ): Promise<{ status: number; body: unknown }> {
    try {
      const res = await fetch(url, {
        ...init,
        redirect: 'error',
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      const text = await res.text();
      try {
        return { status: res.status, body: JSON.parse(text) as unknown };
      } catch {
        return { status: res.status, body: null };
      }
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw new SsoError(failure, `${new URL(url).origin} did not answer: ${why}`);
    }
  }

  private redirectUri = () => `${this.config.publicUrl}${SSO_CALLBACK_PATH}`;
}
