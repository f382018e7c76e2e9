import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, Role } from '@vigil/contracts';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { hmac } from './secrets.js';
import { SessionService } from './session.service.js';
import { ThrottleService } from './throttle.service.js';

const CODE_TTL_SECONDS = 10 * 60;
const MAX_WRONG_CODES = 5;
const LOCK_SECONDS = 15 * 60;
const WINDOW_SECONDS = 15 * 60;
/** Code requests per address and per IP in a window; verify attempts per IP. */
const LIMITS = { requestsPerEmail: 5, requestsPerIp: 30, verifiesPerIp: 60 };

interface UserRow {
  id: string;
  email: string;
  role: Role;
  organization_id: string | null;
  display_name: string | null;
  locale: Locale | null;
  active: boolean;
}

export interface SignedIn {
  user: UserPrincipal;
  token: string;
  csrfToken: string;
  maxAgeMs: number;
}

@Injectable()
export class OtpService {
  private readonly logger = new Logger('SignIn');

  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: ThrottleService,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Mails a code when the address belongs to an active user. Known and unknown addresses get the
   * same answer and the same limits, so the endpoint tells nobody who has an account.
   */
  async request(email: string, context: RequestContext): Promise<void> {
    await this.enforce(`otp-request:ip:${context.ip}`, LIMITS.requestsPerIp);
    await this.enforce(`otp-request:email:${email}`, LIMITS.requestsPerEmail);

    const user = await this.findUser(email);
    const locked = await this.throttle.lockedFor(this.lockKey(email));
    const base = {
      category: 'access' as const,
      action: 'auth.otp.request',
      ip: context.ip,
      userAgent: context.userAgent,
    };
    if (!user?.active || locked) {
      await this.audit.record({
        ...base,
        outcome: 'failure',
        actor: user ? this.actor(user) : { type: 'user', email },
        metadata: { reason: locked ? 'locked' : user ? 'user_inactive' : 'unknown_email' },
      });
      return;
    }

    const code = randomInt(0, 1_000_000).toString().padStart(6, '0');
    const mail = {
      recipient: user.email,
      subject: 'Your Vigil sign-in code',
      body:
        `Your Vigil sign-in code is ${code}.\n\nIt works once, for 10 minutes, at ${this.config.publicUrl}/sign-in.\n` +
        `If you did not ask for it, tell your security lead: someone typed your address.\n`,
    };
    const outboxId = await this.dataSource.transaction(async (tx) => {
      // A new code replaces any earlier one still waiting.
      await tx.query(
        'UPDATE otp_challenge SET consumed_at = now() WHERE email = $1 AND consumed_at IS NULL',
        [email],
      );
      await tx.query(
        `INSERT INTO otp_challenge (email, code_hash, expires_at, ip)
         VALUES ($1, $2, now() + make_interval(secs => $3), $4)`,
        [email, this.codeHash(email, code), CODE_TTL_SECONDS, context.ip ?? null],
      );
      await this.audit.record({ ...base, outcome: 'success', actor: this.actor(user) }, tx);
      return this.outbox.enqueue({ purpose: 'sign-in-code', keepBody: false, ...mail }, tx);
    });
    // Sent after the answer so that its timing does not reveal whether the address is known.
    if (outboxId) setImmediate(() => void this.outbox.deliver(outboxId, mail));
  }

  async verify(
    email: string,
    code: string,
    context: RequestContext,
    previousSession?: UserPrincipal,
  ): Promise<SignedIn> {
    await this.enforce(`otp-verify:ip:${context.ip}`, LIMITS.verifiesPerIp);
    const base = {
      category: 'access' as const,
      action: 'auth.login',
      ip: context.ip,
      userAgent: context.userAgent,
    };
    const user = await this.findUser(email);
    const actor = user ? this.actor(user) : { type: 'user' as const, email };

    const locked = await this.throttle.lockedFor(this.lockKey(email));
    if (locked) {
      await this.audit.record({
        ...base,
        outcome: 'failure',
        actor,
        metadata: { method: 'otp', reason: 'locked' },
      });
      throw new AppError(
        'RATE_LIMITED',
        'Too many wrong codes for this address; try again later.',
        {
          retryAfterSeconds: locked,
        },
      );
    }

    const signedIn = await this.dataSource.transaction(async (tx) => {
      const [challenge] = (await tx.query(
        `UPDATE otp_challenge SET consumed_at = now()
          WHERE id = (SELECT id FROM otp_challenge
                       WHERE email = $1 AND consumed_at IS NULL AND expires_at > now()
                       ORDER BY created_at DESC LIMIT 1 FOR UPDATE)
            AND code_hash = $2
          RETURNING id`,
        [email, this.codeHash(email, code)],
      )) as [{ id: string }[], number];
      if (!challenge.length || !user?.active) return null;

      const session = await this.sessions.start(tx, user.id, 'otp', context);
      await tx.query('UPDATE app_user SET last_sign_in_at = now() WHERE id = $1', [user.id]);
      await this.audit.record(
        { ...base, outcome: 'success', actor, metadata: { method: 'otp' } },
        tx,
      );
      return session;
    });

    if (!signedIn || !user) {
      await this.recordWrongCode(email, actor, context);
      throw new AppError(
        'UNAUTHENTICATED',
        'That code is wrong, used or expired. Ask for a new one.',
      );
    }
    await this.throttle.clear(this.failureKey(email));
    if (previousSession) await this.sessions.end(previousSession, 'rotated', context);
    return {
      user: this.principal(user),
      ...signedIn,
    };
  }

  private async recordWrongCode(
    email: string,
    actor: ReturnType<OtpService['actor']> | { type: 'user'; email: string },
    context: RequestContext,
  ) {
    const failures = await this.throttle.hit(
      this.failureKey(email),
      MAX_WRONG_CODES,
      WINDOW_SECONDS,
    );
    const base = {
      category: 'access' as const,
      ip: context.ip,
      userAgent: context.userAgent,
      actor,
    };
    await this.audit.record({
      ...base,
      action: 'auth.login',
      outcome: 'failure',
      metadata: { method: 'otp', reason: 'wrong_code', failures: failures.hits },
    });
    if (failures.hits >= MAX_WRONG_CODES) {
      await this.throttle.lock(this.lockKey(email), LOCK_SECONDS);
      await this.throttle.clear(this.failureKey(email));
      await this.audit.record({
        ...base,
        action: 'auth.lockout',
        outcome: 'success',
        metadata: { reason: `${MAX_WRONG_CODES} wrong codes`, lockedForSeconds: LOCK_SECONDS },
      });
      this.logger.warn(`sign-in locked for ${email} after ${MAX_WRONG_CODES} wrong codes`);
    }
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
      'SELECT id, email, role, organization_id, display_name, locale, active FROM app_user WHERE lower(email) = $1',
      [email.toLowerCase()],
    )) as UserRow[];
    return user;
  }

  private codeHash(email: string, code: string): Buffer {
    // Keyed with the server secret: a copy of the database alone cannot brute-force 10^6 codes.
    return hmac(this.config.sessionSecret, `otp:${email.toLowerCase()}:${code}`);
  }

  private lockKey = (email: string) => `otp-lock:email:${email.toLowerCase()}`;
  private failureKey = (email: string) => `otp-fail:email:${email.toLowerCase()}`;

  private actor(user: UserRow) {
    return { type: 'user' as const, id: user.id, email: user.email, role: user.role };
  }

  private principal(user: UserRow): UserPrincipal {
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      role: user.role,
      organizationId: user.organization_id,
      displayName: user.display_name,
      locale: user.locale,
      via: 'session',
    };
  }
}
