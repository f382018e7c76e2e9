import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatedCredential, Credential, Locale, Role } from '@vigil/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import {
  actorOf,
  type IngestPrincipal,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { randomToken, sha256 } from './secrets.js';

const PREFIX = { personal: 'vgl_pat_', ingest: 'vgl_ik_' } as const;
/** Characters of a secret kept in clear, so people can tell their tokens apart. */
const VISIBLE_CHARS = 12;
/** last_used_at (and the audit event for a use) is written at most this often per credential. */
const USE_RECORDED_EVERY_MS = 60 * 1000;

type Kind = keyof typeof PREFIX;

interface CredentialRow {
  id: string;
  kind: Kind;
  name: string;
  prefix: string;
  source: string | null;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
  user_email: string | null;
  creator_email: string | null;
}

interface ResolvedRow extends CredentialRow {
  user_id: string | null;
  role: Role | null;
  organization_id: string | null;
  display_name: string | null;
  locale: Locale | null;
  active: boolean | null;
  now: Date;
}

const toCredential = (row: CredentialRow): Credential => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  prefix: row.prefix,
  userEmail: row.user_email,
  source: row.source,
  createdBy: row.creator_email,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  expiresAt: row.expires_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

const SELECT = `
  SELECT c.id, c.kind, c.name, c.prefix, c.source, c.created_at, c.last_used_at, c.expires_at, c.revoked_at,
         u.email AS user_email, cb.email AS creator_email
    FROM credential c
    LEFT JOIN app_user u ON u.id = c.user_id
    LEFT JOIN app_user cb ON cb.id = c.created_by`;

/** Personal API tokens and ingest keys: shown once, stored as SHA-256 hashes, revocable. */
@Injectable()
export class CredentialService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  list(kind: Kind): Promise<Credential[]> {
    return this.dataSource
      .query(`${SELECT} WHERE c.kind = $1 ORDER BY c.revoked_at NULLS FIRST, c.created_at DESC`, [
        kind,
      ])
      .then((rows: CredentialRow[]) => rows.map(toCredential));
  }

  async createPersonal(
    creator: UserPrincipal | null,
    input: { name: string; userEmail?: string; expiresAt?: string },
    context: RequestContext,
  ): Promise<CreatedCredential> {
    const email = input.userEmail ?? creator?.email;
    if (!email) throw new AppError('VALIDATION_FAILED', 'Name the user the token acts as.');
    return this.dataSource.transaction(async (tx) => {
      const [user] = (await tx.query(
        'SELECT id, active FROM app_user WHERE lower(email) = lower($1)',
        [email],
      )) as {
        id: string;
        active: boolean;
      }[];
      if (!user?.active) throw new AppError('RULE_VIOLATION', `No active user ${email}.`);
      return this.insert(
        tx,
        'personal',
        creator,
        input,
        { userId: user.id, source: null },
        context,
        {
          actsAs: email,
        },
      );
    });
  }

  async createIngestKey(
    creator: UserPrincipal | null,
    input: { name: string; source: string; expiresAt?: string },
    context: RequestContext,
  ): Promise<CreatedCredential> {
    return this.dataSource.transaction((tx) =>
      this.insert(tx, 'ingest', creator, input, { userId: null, source: input.source }, context, {
        source: input.source,
      }),
    );
  }

  /** Stores a new secret's hash and records who created it; the secret itself is returned once. */
  private async insert(
    tx: EntityManager,
    kind: Kind,
    creator: UserPrincipal | null,
    input: { name: string; expiresAt?: string },
    binding: { userId: string | null; source: string | null },
    context: RequestContext,
    metadata: Record<string, string>,
  ): Promise<CreatedCredential> {
    const secret = `${PREFIX[kind]}${randomToken()}`;
    const [{ id }] = (await tx.query(
      `INSERT INTO credential (kind, name, prefix, secret_hash, user_id, source, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        kind,
        input.name,
        secret.slice(0, VISIBLE_CHARS),
        sha256(secret),
        binding.userId,
        binding.source,
        creator?.userId ?? null,
        input.expiresAt ?? null,
      ],
    )) as [{ id: string }];
    const target = kind === 'personal' ? 'api_token' : 'ingest_key';
    await this.audit.record(
      {
        category: 'admin',
        action: kind === 'personal' ? 'token.create' : 'ingest_key.create',
        outcome: 'success',
        actor: creator ? actorOf(creator) : { type: 'system', id: context.userAgent ?? 'system' },
        target: { type: target, id, name: input.name },
        ip: context.ip,
        userAgent: context.userAgent,
        metadata: { ...metadata, expiresAt: input.expiresAt ?? null },
      },
      tx,
    );
    const [row] = (await tx.query(`${SELECT} WHERE c.id = $1`, [id])) as CredentialRow[];
    return { credential: toCredential(row as CredentialRow), secret };
  }

  async revoke(
    actor: UserPrincipal,
    kind: Kind,
    id: string,
    context: RequestContext,
  ): Promise<Credential> {
    return this.dataSource.transaction(async (tx) => {
      const [, count] = (await tx.query(
        `UPDATE credential SET revoked_at = now(), revoked_by = $3
          WHERE id = $1 AND kind = $2 AND revoked_at IS NULL RETURNING 1`,
        [id, kind, actor.userId],
      )) as [unknown[], number];
      const [row] = (await tx.query(`${SELECT} WHERE c.id = $1 AND c.kind = $2`, [
        id,
        kind,
      ])) as CredentialRow[];
      if (!row)
        throw new AppError(
          'NOT_FOUND',
          `No ${kind === 'personal' ? 'API token' : 'ingest key'} ${id}.`,
        );
      if (count) {
        await this.audit.record(
          {
            category: 'admin',
            action: kind === 'personal' ? 'token.revoke' : 'ingest_key.revoke',
            outcome: 'success',
            actor: actorOf(actor),
            target: { type: kind === 'personal' ? 'api_token' : 'ingest_key', id, name: row.name },
            ip: context.ip,
            userAgent: context.userAgent,
          },
          tx,
        );
      }
      return toCredential(row);
    });
  }

  /** The principal behind a bearer secret; a refused secret is audited and answers null. */
  async resolve(
    secret: string,
    context: RequestContext,
  ): Promise<UserPrincipal | IngestPrincipal | null> {
    const kind: Kind | null = secret.startsWith(PREFIX.personal)
      ? 'personal'
      : secret.startsWith(PREFIX.ingest)
        ? 'ingest'
        : null;
    const [row] = kind
      ? ((await this.dataSource.query(
          `SELECT c.id, c.kind, c.name, c.prefix, c.source, c.created_at, c.last_used_at, c.expires_at, c.revoked_at,
                  c.user_id, u.email AS user_email, u.role, u.organization_id, u.display_name, u.locale, u.active,
                  NULL AS creator_email, now() AS now
             FROM credential c LEFT JOIN app_user u ON u.id = c.user_id
            WHERE c.secret_hash = $1`,
          [sha256(secret)],
        )) as ResolvedRow[])
      : [];

    const refusal = !row
      ? 'unknown'
      : row.revoked_at
        ? 'revoked'
        : row.expires_at && row.expires_at <= row.now
          ? 'expired'
          : row.kind === 'personal' && !row.active
            ? 'user_inactive'
            : null;
    if (refusal || !row) {
      await this.recordUse(row ?? null, 'failure', context, refusal ?? 'unknown');
      return null;
    }
    if (
      !row.last_used_at ||
      row.now.getTime() - row.last_used_at.getTime() >= USE_RECORDED_EVERY_MS
    ) {
      await this.dataSource.query('UPDATE credential SET last_used_at = now() WHERE id = $1', [
        row.id,
      ]);
      await this.recordUse(row, 'success', context);
    }
    if (row.kind === 'ingest') {
      return { kind: 'ingest', credentialId: row.id, source: row.source as string, name: row.name };
    }
    return {
      kind: 'user',
      userId: row.user_id as string,
      email: row.user_email as string,
      role: row.role as Role,
      organizationId: row.organization_id,
      displayName: row.display_name,
      locale: row.locale,
      via: 'token',
      credentialId: row.id,
    };
  }

  private recordUse(
    row: ResolvedRow | null,
    outcome: 'success' | 'failure',
    context: RequestContext,
    reason?: string,
  ) {
    const kind = row?.kind;
    return this.audit.record({
      category: 'access',
      action: kind === 'ingest' ? 'ingest_key.use' : 'token.use',
      outcome,
      actor:
        kind === 'personal' && row?.user_id
          ? {
              type: 'user',
              id: row.user_id,
              email: row.user_email ?? undefined,
              role: row.role ?? undefined,
            }
          : { type: 'service', id: row ? row.prefix : 'unknown-credential' },
      target: row
        ? { type: kind === 'ingest' ? 'ingest_key' : 'api_token', id: row.id, name: row.name }
        : undefined,
      ip: context.ip,
      userAgent: context.userAgent,
      metadata: reason ? { reason } : undefined,
    });
  }
}
