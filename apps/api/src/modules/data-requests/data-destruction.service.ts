import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DestructionCertificate, DestructionStatement } from '@vigil/contracts';
import { canonicalJson } from '@vigil/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { SigningKeyService } from '../audit-events/signing-key.service.js';
import { actorLabel, DataRequestsService } from './data-requests.service.js';
import { AUDIT_PERSONAL_COLUMNS } from '../audit-events/audit-event.row.js';

const DAY_MS = 86_400_000;

/**
 * Deletion on the client's request. Audit events become tombstones (payload gone, seq and hash
 * kept, so the chain still verifies and names what was destroyed); contacts go; incident records
 * the law makes us keep are reduced to what the register needs. The result is a certificate of
 * destruction signed with the instance's Ed25519 key.
 */
@Injectable()
export class DataDestructionService {
  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: DataRequestsService,
    private readonly signer: SigningKeyService,
  ) {}

  async destroy(
    user: UserPrincipal,
    requestId: string,
    confirmName: string,
    context: RequestContext,
  ): Promise<DestructionCertificate> {
    const certificateId = await this.dataSource.transaction(async (tx) => {
      const request = await this.requests.row(tx, requestId, true);
      if (request.kind !== 'deletion')
        throw new AppError('CONFLICT', 'This is an export request, not a deletion.');
      if (request.status === 'completed' || request.status === 'rejected') {
        throw new AppError('CONFLICT', `This request is already ${request.status}.`);
      }
      const organization = await this.requests.organization(tx, request.organization_id);
      if (organization.legal_hold_reason) {
        throw new AppError(
          'CONFLICT',
          `A legal hold blocks deletion: ${organization.legal_hold_reason}`,
        );
      }
      if (confirmName.trim() !== organization.name) {
        throw new AppError('RULE_VIOLATION', 'Type the organization’s name exactly to confirm.', {
          errors: [{ path: 'confirmName', message: `must be "${organization.name}"` }],
        });
      }

      await tx.query(`SET LOCAL vigil.audit_purge = 'on'`);
      const tombstones = (await tx.query(
        `WITH gone AS (
           UPDATE audit_event SET ${AUDIT_PERSONAL_COLUMNS.map((c) => `${c} = NULL`).join(', ')},
                  tombstoned_at = now()
            WHERE organization_id = $1 AND tombstoned_at IS NULL
            RETURNING source, seq, hash, occurred_at)
         SELECT source, count(*)::int AS count, min(seq) AS from_seq, max(seq) AS to_seq,
                encode((array_agg(hash ORDER BY seq))[1], 'hex') AS first_hash,
                encode((array_agg(hash ORDER BY seq DESC))[1], 'hex') AS last_hash,
                min(occurred_at) AS first_at, max(occurred_at) AS last_at
           FROM gone GROUP BY source ORDER BY source`,
        [organization.id],
      )) as {
        source: string;
        count: number;
        from_seq: string;
        to_seq: string;
        first_hash: string;
        last_hash: string;
        first_at: Date;
        last_at: Date;
      }[];
      await tx.query(`SET LOCAL vigil.audit_purge = 'off'`);

      const contacts = organization.contacts.length;
      await tx.query(
        `UPDATE organization SET contacts = '[]', data_destroyed_at = now(), updated_at = now() WHERE id = $1`,
        [organization.id],
      );
      const reduced = await this.reduceIncidentRecords(tx, organization.id, organization.name);

      const events = tombstones.reduce((sum, t) => sum + t.count, 0);
      const at = (dates: Date[]) =>
        dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))).toISOString() : null;
      const until = (dates: Date[]) =>
        dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))).toISOString() : null;
      const now = new Date();
      const statement: DestructionStatement = {
        certificateId: randomUUID(),
        organization: { id: organization.id, name: organization.name },
        request: {
          id: request.id,
          reason: request.reason,
          requestedAt: request.requested_at.toISOString(),
          completedAt: now.toISOString(),
        },
        destroyed: [
          {
            kind: 'audit_events',
            count: events,
            from: at(tombstones.map((t) => t.first_at)),
            to: until(tombstones.map((t) => t.last_at)),
            tombstones: tombstones.map((t) => ({
              source: t.source,
              count: t.count,
              fromSeq: Number(t.from_seq),
              toSeq: Number(t.to_seq),
              firstHash: t.first_hash,
              lastHash: t.last_hash,
            })),
          },
          { kind: 'contacts', count: contacts, from: null, to: null },
          { kind: 'notice_drafts', count: reduced.drafts, from: null, to: null },
        ],
        retained: [
          {
            kind: 'audit_event_tombstones',
            count: events,
            why: 'sequence number and hash only, so the audit chain stays verifiable and shows these records were destroyed',
          },
          {
            kind: 'incident_register_entries',
            count: reduced.incidents,
            why: 'confidentiality-incident register: Québec Law 25 Regulation s. 7 (5 years), PIPEDA s. 10.3 (24 months); contact details removed',
          },
          {
            kind: 'notices_sent',
            count: reduced.notices,
            why: 'proof of breach notification (date, channel, content hash); recipient addresses reduced to the organization name',
          },
        ],
        backupsExpireBy: new Date(
          now.getTime() + this.config.backupRetentionDays * DAY_MS,
        ).toISOString(),
        issuedAt: now.toISOString(),
        issuer: { keyId: this.signer.keyId, publicKeyPem: this.signer.publicKeyPem },
      };
      const signature = await this.signer.sign(canonicalJson(statement), tx);
      await tx.query(
        `INSERT INTO destruction_certificate (id, request_id, statement, signature, key_id) VALUES ($1, $2, $3, $4, $5)`,
        [
          statement.certificateId,
          request.id,
          JSON.stringify(statement),
          signature,
          this.signer.keyId,
        ],
      );
      await tx.query(
        `UPDATE data_request SET status = 'completed', completed_at = now(), certificate_id = $2 WHERE id = $1`,
        [request.id, statement.certificateId],
      );
      await this.requests.stopReminders(tx, request.id, 'request completed');
      await this.requests.event(
        tx,
        request.id,
        actorLabel(user),
        'deleted',
        `Destroyed ${events} audit events (tombstoned), ${contacts} contacts; certificate ${statement.certificateId}`,
      );
      await this.requests.record(
        tx,
        user,
        context,
        'data_request.delete',
        request.id,
        organization.name,
        {
          certificateId: statement.certificateId,
          auditEvents: events,
        },
      );
      return statement.certificateId;
    });
    return this.certificate(certificateId);
  }

  async certificate(id: string): Promise<DestructionCertificate> {
    const [row] = (await this.dataSource.query(
      'SELECT statement, signature FROM destruction_certificate WHERE id::text = $1',
      [id],
    )) as { statement: DestructionStatement; signature: Buffer }[];
    if (!row) throw new AppError('NOT_FOUND', `No certificate ${id}.`);
    return { statement: row.statement, signature: row.signature.toString('base64') };
  }

  /** Keeps what the register needs; removes the client's contact addresses from it. */
  private async reduceIncidentRecords(tx: EntityManager, organizationId: string, name: string) {
    const [incidents] = (await tx.query(
      'SELECT count(*)::int AS count FROM incident_organization WHERE organization_id = $1',
      [organizationId],
    )) as [{ count: number }];
    const [, notices] = (await tx.query(
      `UPDATE obligation SET recipient = recipient - 'contacts',
              sent_to = CASE WHEN sent_to LIKE '%@%' THEN $2 ELSE sent_to END, updated_at = now()
        WHERE recipient->>'organizationId' = $1`,
      [organizationId, name],
    )) as [unknown, number];
    const [, drafts] = (await tx.query(
      `DELETE FROM notice_draft WHERE obligation_id IN (SELECT id FROM obligation WHERE recipient->>'organizationId' = $1)`,
      [organizationId],
    )) as [unknown, number];
    return { incidents: incidents.count, notices, drafts };
  }
}
