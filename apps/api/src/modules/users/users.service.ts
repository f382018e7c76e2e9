import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateUser, Role, UpdateUser, User } from '@vigil/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { AuditLogService, type ConsoleEvent } from '../audit-events/audit-log.service.js';
import { SessionService } from '../auth/session.service.js';

interface UserRow {
  id: string;
  email: string;
  role: Role;
  organization_id: string | null;
  display_name: string | null;
  active: boolean;
  created_at: Date;
  last_sign_in_at: Date | null;
  deactivated_at: Date | null;
}

const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  role: row.role,
  organizationId: row.organization_id,
  displayName: row.display_name,
  active: row.active,
  createdAt: row.created_at.toISOString(),
  lastSignInAt: row.last_sign_in_at?.toISOString() ?? null,
  deactivatedAt: row.deactivated_at?.toISOString() ?? null,
});

const COLUMNS =
  'id, email, role, organization_id, display_name, active, created_at, last_sign_in_at, deactivated_at';

/** Who may use the console. Leaving (deactivation) ends every session and token at once. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditLogService,
  ) {}

  async list(): Promise<User[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${COLUMNS} FROM app_user ORDER BY active DESC, lower(email)`,
    )) as UserRow[];
    return rows.map(toUser);
  }

  async count(): Promise<number> {
    const [{ n }] = (await this.dataSource.query('SELECT count(*)::int AS n FROM app_user')) as [
      { n: number },
    ];
    return n;
  }

  async create(
    actor: UserPrincipal | null,
    input: CreateUser,
    context: RequestContext,
  ): Promise<User> {
    return this.dataSource.transaction(async (tx) => {
      await this.assertOrganization(tx, input.role, input.organizationId ?? null);
      const rows = (await tx.query(
        `INSERT INTO app_user (email, role, organization_id, display_name, active, deactivated_at)
         VALUES ($1, $2, $3, $4, $5, CASE WHEN $5 THEN NULL ELSE now() END)
         ON CONFLICT ((lower(email))) DO NOTHING
         RETURNING ${COLUMNS}`,
        [
          input.email,
          input.role,
          input.organizationId ?? null,
          input.displayName ?? null,
          input.active,
        ],
      )) as UserRow[];
      const row = rows[0];
      if (!row)
        throw new AppError('CONFLICT', `A user with the email ${input.email} already exists.`);
      await this.record(tx, actor, context, {
        action: 'user.create',
        target: { type: 'user', id: row.id, name: row.email },
        metadata: { role: row.role, organizationId: row.organization_id, active: row.active },
      });
      return toUser(row);
    });
  }

  async update(
    actor: UserPrincipal,
    id: string,
    input: UpdateUser,
    context: RequestContext,
  ): Promise<User> {
    return this.dataSource.transaction(async (tx) => {
      const [before] = (await tx.query(
        `SELECT ${COLUMNS} FROM app_user WHERE id::text = $1 FOR UPDATE`,
        [id],
      )) as UserRow[];
      if (!before) throw new AppError('NOT_FOUND', `No user ${id}.`);
      if (
        before.id === actor.userId &&
        (input.active === false || (input.role && input.role !== 'admin'))
      ) {
        throw new AppError(
          'RULE_VIOLATION',
          'You cannot deactivate yourself or drop your own admin role.',
        );
      }
      const role = input.role ?? before.role;
      const organizationId =
        input.organizationId === undefined ? before.organization_id : input.organizationId;
      await this.assertOrganization(tx, role, organizationId);
      const active = input.active ?? before.active;
      const [[after]] = (await tx.query(
        `UPDATE app_user SET role = $2, organization_id = $3, display_name = $4, active = $5,
                deactivated_at = CASE WHEN $5 THEN NULL WHEN active THEN now() ELSE deactivated_at END
          WHERE id = $1 RETURNING ${COLUMNS}`,
        [
          before.id,
          role,
          organizationId,
          input.displayName === undefined ? before.display_name : input.displayName,
          active,
        ],
      )) as [UserRow[], number];
      if (!after) throw new AppError('NOT_FOUND', `No user ${id}.`);

      const target = { type: 'user', id: after.id, name: after.email };
      if (before.role !== after.role || before.organization_id !== after.organization_id) {
        await this.record(tx, actor, context, {
          action: 'role.change',
          target,
          metadata: {
            from: { role: before.role, organizationId: before.organization_id },
            to: { role: after.role, organizationId: after.organization_id },
          },
        });
      }
      if (before.active && !after.active) {
        // Formal access revocation: every session and token of the person ends now.
        const sessionsEnded = await this.sessions.endAllFor(tx, after.id, 'user_deactivated');
        const [, tokensRevoked] = (await tx.query(
          `UPDATE credential SET revoked_at = now(), revoked_by = $2
            WHERE user_id = $1 AND revoked_at IS NULL RETURNING 1`,
          [after.id, actor.userId],
        )) as [unknown[], number];
        await this.record(tx, actor, context, {
          action: 'user.deactivate',
          target,
          metadata: { sessionsEnded, tokensRevoked },
        });
      } else if (!before.active && after.active) {
        await this.record(tx, actor, context, { action: 'user.reactivate', target });
      }
      if (before.display_name !== after.display_name) {
        await this.record(tx, actor, context, {
          action: 'user.update',
          target,
          metadata: { field: 'displayName' },
        });
      }
      return toUser(after);
    });
  }

  private async assertOrganization(
    tx: EntityManager,
    role: Role,
    organizationId: string | null,
  ): Promise<void> {
    if (role === 'client_auditor' && !organizationId) {
      throw new AppError('RULE_VIOLATION', 'A client_auditor is bound to one organization.', {
        errors: [{ path: 'organizationId', message: 'required for client_auditor' }],
      });
    }
    if (organizationId) {
      const [exists] = (await tx.query('SELECT 1 FROM organization WHERE id = $1', [
        organizationId,
      ])) as unknown[];
      if (!exists) {
        throw new AppError('RULE_VIOLATION', `No organization ${organizationId}.`, {
          errors: [{ path: 'organizationId', message: 'unknown organization' }],
        });
      }
    }
  }

  private record(
    tx: EntityManager,
    actor: UserPrincipal | null,
    context: RequestContext,
    event: Pick<ConsoleEvent, 'action' | 'target' | 'metadata'>,
  ) {
    return this.audit.record(
      {
        category: 'admin',
        outcome: 'success',
        actor: actor ? actorOf(actor) : { type: 'system', id: context.userAgent ?? 'system' },
        ip: context.ip,
        userAgent: context.userAgent,
        ...event,
      },
      tx,
    );
  }
}
