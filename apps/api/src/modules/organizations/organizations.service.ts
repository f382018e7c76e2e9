import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  Contact,
  CreateOrganization,
  Jurisdiction,
  Organization,
  UpdateOrganization,
} from '@vigil/contracts';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import type { DataScope } from '../../common/scope.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';

export interface OrganizationRow {
  id: string;
  name: string;
  jurisdictions: Jurisdiction[];
  contacts: Contact[];
  legal_hold_reason: string | null;
  legal_hold_set_at: Date | null;
  legal_hold_set_by: string | null;
  data_destroyed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  jurisdictions: row.jurisdictions,
  contacts: row.contacts,
  legalHold:
    row.legal_hold_reason && row.legal_hold_set_at
      ? {
          reason: row.legal_hold_reason,
          setAt: row.legal_hold_set_at.toISOString(),
          setBy: row.legal_hold_set_by ?? 'unknown',
        }
      : null,
  dataDestroyedAt: row.data_destroyed_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50) || 'org';

/** The company's clients, with the jurisdictions that decide which breach rules apply to them. */
@Injectable()
export class OrganizationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(scope: DataScope): Promise<Organization[]> {
    const rows = (await this.dataSource.query(
      `SELECT * FROM organization WHERE ($1::text IS NULL OR id = $1) ORDER BY lower(name)`,
      [scope.kind === 'organization' ? scope.organizationId : null],
    )) as OrganizationRow[];
    return rows.map(toOrganization);
  }

  async get(scope: DataScope, id: string): Promise<Organization> {
    // Another client's organization is "not found", not "forbidden": its existence is not ours to tell.
    if (scope.kind === 'organization' && scope.organizationId !== id) throw this.notFound(id);
    const [row] = (await this.dataSource.query('SELECT * FROM organization WHERE id = $1', [
      id,
    ])) as OrganizationRow[];
    if (!row) throw this.notFound(id);
    return toOrganization(row);
  }

  async create(
    actor: UserPrincipal,
    input: CreateOrganization,
    context: RequestContext,
  ): Promise<Organization> {
    return this.dataSource.transaction(async (tx) => {
      const id = input.id ?? `${slug(input.name)}-${Math.random().toString(36).slice(2, 6)}`;
      const rows = (await tx.query(
        `INSERT INTO organization (id, name, jurisdictions, contacts) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING RETURNING *`,
        [id, input.name, input.jurisdictions, JSON.stringify(input.contacts)],
      )) as OrganizationRow[];
      const row = rows[0];
      if (!row) throw new AppError('CONFLICT', `An organization with the id ${id} already exists.`);
      await this.audit.record(
        {
          category: 'admin',
          action: 'organization.create',
          outcome: 'success',
          actor: actorOf(actor),
          target: { type: 'organization', id: row.id, name: row.name },
          organizationId: row.id,
          ip: context.ip,
          userAgent: context.userAgent,
          metadata: { jurisdictions: row.jurisdictions, contacts: row.contacts.length },
        },
        tx,
      );
      return toOrganization(row);
    });
  }

  async update(
    actor: UserPrincipal,
    id: string,
    input: UpdateOrganization,
    context: RequestContext,
  ): Promise<Organization> {
    return this.dataSource.transaction(async (tx) => {
      const [[row]] = (await tx.query(
        `UPDATE organization SET
           name = coalesce($2, name),
           jurisdictions = coalesce($3, jurisdictions),
           contacts = coalesce($4::jsonb, contacts),
           updated_at = now()
         WHERE id = $1 RETURNING *`,
        [
          id,
          input.name ?? null,
          input.jurisdictions ?? null,
          input.contacts ? JSON.stringify(input.contacts) : null,
        ],
      )) as [OrganizationRow[], number];
      if (!row) throw this.notFound(id);
      await this.audit.record(
        {
          category: 'admin',
          action: 'organization.update',
          outcome: 'success',
          actor: actorOf(actor),
          target: { type: 'organization', id: row.id, name: row.name },
          organizationId: row.id,
          ip: context.ip,
          userAgent: context.userAgent,
          metadata: { fields: Object.keys(input) },
        },
        tx,
      );
      return toOrganization(row);
    });
  }

  private notFound(id: string) {
    return new AppError('NOT_FOUND', `No organization ${id}.`);
  }
}
