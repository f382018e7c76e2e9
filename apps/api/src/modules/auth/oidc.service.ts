import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { emailSchema, type Role, type SsoStatus } from '@vigil/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext } from '../../common/principal.js';
import { AuditLogService, type ConsoleEvent } from '../audit-events/audit-log.service.js';
import { OidcClientService, oauthCode } from './oidc-client.service.js';
import { SsoError, type SsoFailureReason } from './oidc.exception.js';
import { randomToken, sameBytes, sha256 } from './secrets.js';
import { SessionService } from './session.service.js';
import { ThrottleService } from './throttle.service.js';

export const SSO_STATE_TTL_SECONDS = 10 * 60;
const WINDOW_SECONDS = 15 * 60;
/** Per IP and window; generous because a whole office may sign in from one address at 9 am. */
const LIMITS = { startsPerIp: 120, callbacksPerIp: 120 };
/** Failures that point at the provider or its configuration rather than at the person. */
const OPERATOR_REASONS: SsoFailureReason[] = [
  'provider_unavailable',
  'token_exchange_failed',
  'id_token_invalid',
];

type Failed = { ok: false; reason: SsoFailureReason };
export type SsoStart = { ok: true; url: string; state: string } | Failed;
export type SsoOutcome = { ok: true; token: string; maxAgeMs: number } | Failed;

export interface SsoCallback {
  code?: string;
  state?: string;
  /** The provider's own refusal (`access_denied` when the user cancels). */
  error?: string;
  /** The state this browser was given at /start, from its cookie. */
  boundState?: string;
}

interface UserRow {
  id: string;
  email: string;
  role: Role;
  active: boolean;
}

/**
 * Sign-in through the OpenID provider: authorization code with PKCE, state and nonce kept in
 * Postgres for 10 minutes, the ID token verified here, and existing active users only.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Sso');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly client: OidcClientService,
    private readonly sessions: SessionService,
    private readonly audit: AuditLogService,
    private readonly throttle: ThrottleService,
  ) {}

  status(): SsoStatus {
    const settings = this.client.configured();
    return { enabled: settings !== null, issuer: settings?.issuer ?? null };
  }

  async start(context: RequestContext): Promise<SsoStart> {
    this.client.assertConfigured();
    await this.enforce(`sso-start:ip:${context.ip}`, LIMITS.startsPerIp);
    const login = { state: randomToken(), nonce: randomToken(), codeVerifier: randomToken() };
    let url: string;
    try {
      url = await this.client.authorizationUrl(login);
    } catch (error) {
      return this.failed(error, context);
    }
    await this.dataSource.query(
      `WITH expired AS (DELETE FROM oidc_login_state WHERE expires_at <= now())
       INSERT INTO oidc_login_state (state_hash, code_verifier, nonce, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4))`,
      [sha256(login.state), login.codeVerifier, login.nonce, SSO_STATE_TTL_SECONDS],
    );
    return { ok: true, url, state: login.state };
  }

  async callback(input: SsoCallback, context: RequestContext): Promise<SsoOutcome> {
    this.client.assertConfigured();
    await this.enforce(`sso-callback:ip:${context.ip}`, LIMITS.callbacksPerIp);
    try {
      return { ok: true, ...(await this.complete(input, context)) };
    } catch (error) {
      return this.failed(error, context);
    }
  }

  private async complete(
    input: SsoCallback,
    context: RequestContext,
  ): Promise<{ token: string; maxAgeMs: number }> {
    const login = await this.consumeState(input.state, input.boundState);
    if (input.error) {
      throw new SsoError('provider_error', `the provider answered ${oauthCode(input.error)}`);
    }
    if (!input.code) throw new SsoError('provider_error', 'the provider sent no code');
    const idToken = await this.client.exchangeCode(input.code, login.code_verifier);
    const claims = await this.client.verifiedClaims(idToken, login.nonce);

    const email = emailSchema.safeParse(claims.email);
    if (!email.success) throw new SsoError('email_unverified', 'the ID token carries no email');
    const claimed = { type: 'user' as const, email: email.data };
    // An address the provider has not verified could be anyone's: it must not open an account.
    if (claims.email_verified !== true) {
      throw new SsoError('email_unverified', 'the provider has not verified the email', claimed);
    }
    const user = await this.findUser(email.data);
    if (!user) throw new SsoError('unknown_user', 'no account has this email', claimed);
    const actor = { type: 'user' as const, id: user.id, email: user.email, role: user.role };
    if (!user.active) throw new SsoError('user_inactive', 'the account is deactivated', actor);

    return this.dataSource.transaction(async (tx) => {
      const session = await this.sessions.start(tx, user.id, 'sso', context);
      await tx.query('UPDATE app_user SET last_sign_in_at = now() WHERE id = $1', [user.id]);
      await this.audit.record(
        {
          ...this.loginEvent(context),
          outcome: 'success',
          actor,
          metadata: { method: 'sso', issuer: this.client.assertConfigured().issuer },
        },
        tx,
      );
      return { token: session.token, maxAgeMs: session.maxAgeMs };
    });
  }

  /** Single use: the DELETE that reads the state is the one that spends it. */
  private async consumeState(
    state: string | undefined,
    boundState: string | undefined,
  ): Promise<{ code_verifier: string; nonce: string }> {
    // The cookie set at /start ties the callback to the browser that began it (login CSRF).
    if (!state || !boundState || !sameBytes(sha256(state), sha256(boundState))) {
      throw new SsoError('state_invalid', 'the state was not issued to this browser');
    }
    const [rows] = (await this.dataSource.query(
      `DELETE FROM oidc_login_state WHERE state_hash = $1 AND expires_at > now()
       RETURNING code_verifier, nonce`,
      [sha256(state)],
    )) as [{ code_verifier: string; nonce: string }[], number];
    const login = rows[0];
    if (!login) throw new SsoError('state_invalid', 'the state is unknown, used or expired');
    return login;
  }

  /** Audits a failed sign-in; anything but an SsoError is a fault, not a refusal, and goes on. */
  private async failed(error: unknown, context: RequestContext): Promise<Failed> {
    if (!(error instanceof SsoError)) throw error;
    if (OPERATOR_REASONS.includes(error.reason)) {
      this.logger.warn(`SSO sign-in failed (${error.reason}): ${error.message}`);
    }
    await this.audit.record({
      ...this.loginEvent(context),
      outcome: 'failure',
      actor: error.actor,
      metadata: { method: 'sso', reason: error.reason, detail: error.message },
    });
    return { ok: false, reason: error.reason };
  }

  private loginEvent(context: RequestContext): Omit<ConsoleEvent, 'outcome' | 'actor'> {
    return {
      category: 'access',
      action: 'auth.login',
      ip: context.ip,
      userAgent: context.userAgent,
    };
  }

  private async enforce(key: string, limit: number): Promise<void> {
    const result = await this.throttle.hit(key, limit, WINDOW_SECONDS);
    if (!result.allowed) {
      throw new AppError('RATE_LIMITED', 'Too many sign-in attempts; wait before trying again.', {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
  }

  private async findUser(email: string): Promise<UserRow | undefined> {
    const [user] = (await this.dataSource.query(
      'SELECT id, email, role, active FROM app_user WHERE lower(email) = $1',
      [email],
    )) as UserRow[];
    return user;
  }
}
