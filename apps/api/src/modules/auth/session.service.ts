import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Locale, Role } from '@vigil/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { hmac, randomToken, sameBytes, sha256 } from './secrets.js';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** last_seen_at is written at most this often per session, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

interface SessionRow {
  user_id: string;
  email: string;
  role: Role;
  organization_id: string | null;
  display_name: string | null;
  locale: Locale | null;
  active: boolean;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  now: Date;
}

export type SessionEndReason =
  'logout' | 'idle_timeout' | 'expired' | 'rotated' | 'user_deactivated';

@Injectable()
export class SessionService {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** Starts a session; the token goes in the cookie, only its hash in the database. */
  async start(
    tx: EntityManager,
    userId: string,
    method: 'otp' | 'sso',
    context: RequestContext,
  ): Promise<{ token: string; csrfToken: string; maxAgeMs: number }> {
    const token = randomToken();
    await tx.query(
      `INSERT INTO session (id_hash, user_id, expires_at, ip, user_agent, method)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5, $6)`,
      [
        sha256(token),
        userId,
        SESSION_ABSOLUTE_MS / 1000,
        context.ip ?? null,
        context.userAgent ?? null,
        method,
      ],
    );
    return { token, csrfToken: this.csrfTokenFor(token), maxAgeMs: SESSION_ABSOLUTE_MS };
  }

  /** The principal behind a session cookie, or null when it is unknown, ended, idle or expired. */
  async resolve(token: string, context: RequestContext): Promise<UserPrincipal | null> {
    const idHash = sha256(token);
    const [row] = (await this.dataSource.query(
      `SELECT s.user_id, u.email, u.role, u.organization_id, u.display_name, u.locale, u.active,
              s.created_at, s.last_seen_at, s.expires_at, now() AS now
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.id_hash = $1 AND s.ended_at IS NULL`,
      [idHash],
    )) as SessionRow[];
    if (!row) return null;

    const principal: UserPrincipal = {
      kind: 'user',
      userId: row.user_id,
      email: row.email,
      role: row.role,
      organizationId: row.organization_id,
      displayName: row.display_name,
      locale: row.locale,
      via: 'session',
      sessionIdHash: idHash,
    };
    const now = row.now.getTime();
    const ended: SessionEndReason | null = !row.active
      ? 'user_deactivated'
      : now >= row.expires_at.getTime()
        ? 'expired'
        : now - row.last_seen_at.getTime() >= SESSION_IDLE_MS
          ? 'idle_timeout'
          : null;
    if (ended) {
      await this.end(principal, ended, context);
      return null;
    }
    if (now - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      await this.dataSource.query('UPDATE session SET last_seen_at = now() WHERE id_hash = $1', [
        idHash,
      ]);
    }
    return principal;
  }

  /** Ends one session (once: a second call finds it ended and records nothing). */
  async end(
    principal: UserPrincipal,
    reason: SessionEndReason,
    context: RequestContext,
  ): Promise<void> {
    if (!principal.sessionIdHash) return;
    await this.dataSource.transaction(async (tx) => {
      const ended = (await tx.query(
        `UPDATE session SET ended_at = now(), end_reason = $2 WHERE id_hash = $1 AND ended_at IS NULL RETURNING 1`,
        [principal.sessionIdHash, reason],
      )) as [unknown[], number];
      if (!ended[1]) return;
      await this.audit.record(
        {
          category: 'access',
          action: reason === 'logout' ? 'auth.logout' : 'auth.session.end',
          outcome: 'success',
          actor: {
            type: 'user',
            id: principal.userId,
            email: principal.email,
            role: principal.role,
          },
          ip: context.ip,
          userAgent: context.userAgent,
          metadata: { reason },
        },
        tx,
      );
    });
  }

  /** Ends every open session of a user (deactivation, role change); returns how many. */
  async endAllFor(tx: EntityManager, userId: string, reason: SessionEndReason): Promise<number> {
    const [, count] = (await tx.query(
      `UPDATE session SET ended_at = now(), end_reason = $2 WHERE user_id = $1 AND ended_at IS NULL RETURNING 1`,
      [userId, reason],
    )) as [unknown[], number];
    return count;
  }

  /** The CSRF token is bound to the session: an HMAC of its cookie, nothing to store. */
  csrfTokenFor(sessionToken: string): string {
    return hmac(this.config.sessionSecret, `csrf:${sessionToken}`).toString('base64url');
  }

  csrfTokenMatches(sessionToken: string, presented: string | undefined): boolean {
    if (!presented) return false;
    return sameBytes(Buffer.from(this.csrfTokenFor(sessionToken)), Buffer.from(presented));
  }
}
