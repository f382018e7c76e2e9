import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditCheckpoint } from '@vigil/contracts';
import { canonicalJson } from '@vigil/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SweeperService } from '../../queue/sweeper.service.js';
import { SigningKeyService, verifySignature } from './signing-key.service.js';

export type CheckpointReason = AuditCheckpoint['reason'];

export type Checkpoint = AuditCheckpoint;

export interface CheckpointRow {
  id: string;
  source: string;
  seq: string;
  hash: Buffer;
  created_at: Date;
  key_id: string;
  signature: Buffer;
  reason: CheckpointReason;
  public_key_pem?: string;
}

const HOUR_MS = 60 * 60 * 1000;

/** What a checkpoint signature covers. */
export const checkpointDocument = (
  c: Pick<Checkpoint, 'source' | 'seq' | 'hash' | 'createdAt' | 'keyId'>,
) =>
  canonicalJson({
    source: c.source,
    seq: c.seq,
    hash: c.hash,
    createdAt: c.createdAt,
    keyId: c.keyId,
  });

export const toCheckpoint = (row: CheckpointRow): Checkpoint => ({
  id: Number(row.id),
  source: row.source,
  seq: Number(row.seq),
  hash: row.hash.toString('hex'),
  createdAt: row.created_at.toISOString(),
  keyId: row.key_id,
  signature: row.signature.toString('base64'),
  reason: row.reason,
});

export const checkpointSignatureValid = (row: CheckpointRow): boolean =>
  !!row.public_key_pem &&
  verifySignature(row.public_key_pem, checkpointDocument(toCheckpoint(row)), row.signature);

/**
 * Signed heads of each source's chain, like CloudTrail's hourly digests: written every hour even
 * when nothing arrived (proving that nothing did), on demand, and before retention drops a month.
 */
@Injectable()
export class AuditCheckpointService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signer: SigningKeyService,
    private readonly sweeper: SweeperService,
  ) {}

  onModuleInit(): void {
    this.sweeper.register({ name: 'audit-checkpoints', sweep: (now) => this.hourly(now) });
  }

  /** Checkpoints every source whose last checkpoint is an hour old or more. */
  async hourly(now: Date): Promise<Record<string, number>> {
    const due = (await this.dataSource.query(
      `SELECT s.source FROM audit_stream s
        WHERE s.head_seq > 0 AND NOT EXISTS (
          SELECT 1 FROM audit_checkpoint c WHERE c.source = s.source AND c.created_at > $1)`,
      [new Date(now.getTime() - HOUR_MS)],
    )) as { source: string }[];
    for (const { source } of due) await this.create(source, 'hourly');
    return { checkpointed: due.length };
  }

  async createAll(reason: CheckpointReason): Promise<Checkpoint[]> {
    const sources = (await this.dataSource.query(
      'SELECT source FROM audit_stream WHERE head_seq > 0 ORDER BY source',
    )) as { source: string }[];
    const created: Checkpoint[] = [];
    for (const { source } of sources) created.push(await this.create(source, reason));
    return created;
  }

  /** Signs the current head of one source (inside the caller's transaction when given). */
  async create(
    source: string,
    reason: CheckpointReason,
    manager?: EntityManager,
  ): Promise<Checkpoint> {
    const run = async (tx: EntityManager) => {
      // FOR SHARE: an append in flight finishes first, so the head we sign is one that committed.
      const [head] = (await tx.query(
        `SELECT head_seq, head_hash, date_trunc('milliseconds', clock_timestamp()) AS now
           FROM audit_stream WHERE source = $1 FOR SHARE`,
        [source],
      )) as [{ head_seq: string; head_hash: Buffer; now: Date }];
      const draft = {
        source,
        seq: Number(head.head_seq),
        hash: head.head_hash.toString('hex'),
        createdAt: head.now.toISOString(),
        keyId: this.signer.keyId,
      };
      const signature = await this.signer.sign(checkpointDocument(draft), tx);
      const [row] = (await tx.query(
        `INSERT INTO audit_checkpoint (source, seq, hash, created_at, key_id, signature, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
        [source, draft.seq, head.head_hash, draft.createdAt, draft.keyId, signature, reason],
      )) as [CheckpointRow];
      return toCheckpoint(row);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  async latest(limit = 20): Promise<Checkpoint[]> {
    const rows = (await this.dataSource.query(
      'SELECT * FROM audit_checkpoint ORDER BY created_at DESC, id DESC LIMIT $1',
      [limit],
    )) as CheckpointRow[];
    return rows.map(toCheckpoint);
  }
}
