import { Injectable } from '@nestjs/common';
import type {
  CheckedCheckpoint,
  VerifiedSource,
  VerifyResult as ContractVerifyResult,
} from '@vigil/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { chainHash, GENESIS_HASH } from './audit-chain.js';
import { type ChainGapRow, gapSignatureValid } from './audit-chain-gap.js';
import { type AuditEventRow, toAuditEvent } from './audit-event.row.js';
import {
  checkpointSignatureValid,
  type CheckpointRow,
  toCheckpoint,
} from './audit-checkpoint.service.js';

export interface VerifyQuery {
  from?: string;
  to?: string;
  source?: string;
}

export interface Break {
  seq: number;
  reason: string;
}

export interface VerifyResult extends ContractVerifyResult {
  sources: VerifiedSource[];
  checkpoints: CheckedCheckpoint[];
}

const BATCH = 5_000;

/**
 * Recomputes every hash in a range and checks each link, seq by seq, plus the signatures of the
 * checkpoints in it. A time range selects the seqs of the events in it; verification then covers
 * that whole seq span, so an event moved or removed inside it is caught. Runs that retention
 * dropped are crossed only through their signed gap record.
 */
@Injectable()
export class AuditVerifyService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verify(query: VerifyQuery): Promise<VerifyResult> {
    const streams = (await this.dataSource.query(
      `SELECT source, head_seq, head_hash FROM audit_stream
        WHERE ($1::text IS NULL OR source = $1) AND head_seq > 0 ORDER BY source`,
      [query.source ?? null],
    )) as { source: string; head_seq: string; head_hash: Buffer }[];

    const result: VerifyResult = { ok: true, checked: 0, sources: [], checkpoints: [] };
    const fail = (source: string, broken: Break) => {
      if (!result.ok) return;
      result.ok = false;
      result.firstBroken = { source, ...broken };
    };
    for (const stream of streams) {
      const span = await this.span(stream.source, query);
      if (!span) continue;
      const gaps = await this.gaps(stream.source);
      const badGap = gaps.find((gap) => !gapSignatureValid(gap));
      if (badGap)
        fail(stream.source, {
          seq: Number(badGap.from_seq),
          reason: 'bad signature on a retention gap',
        });

      const outcome = await this.walk(stream.source, span.from, span.to, gaps);
      let broken = outcome.broken;
      if (
        !broken &&
        span.to === Number(stream.head_seq) &&
        !outcome.lastHash.equals(stream.head_hash)
      ) {
        broken = { seq: span.to, reason: 'the stream head does not match the last event' };
      }
      if (broken) fail(stream.source, broken);
      result.checked += outcome.checked;
      result.sources.push({
        source: stream.source,
        fromSeq: span.from,
        toSeq: span.to,
        checked: outcome.checked,
        ok: !broken,
      });

      for (const checkpoint of await this.checkpoints(stream.source, span.from, span.to)) {
        if (!checkpoint.signatureValid)
          fail(stream.source, { seq: checkpoint.seq, reason: 'bad checkpoint signature' });
        else if (checkpoint.matchesChain === false) {
          fail(stream.source, {
            seq: checkpoint.seq,
            reason: 'the checkpoint no longer matches the chain',
          });
        }
        result.checkpoints.push(checkpoint);
      }
    }
    return result;
  }

  private async span(
    source: string,
    query: VerifyQuery,
  ): Promise<{ from: number; to: number } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT min(seq) AS from, max(seq) AS to FROM audit_event
        WHERE source = $1 AND ($2::timestamptz IS NULL OR occurred_at >= $2) AND ($3::timestamptz IS NULL OR occurred_at < $3)`,
      [source, query.from ?? null, query.to ?? null],
    )) as [{ from: string | null; to: string | null }];
    return row.from === null || row.to === null
      ? null
      : { from: Number(row.from), to: Number(row.to) };
  }

  private gaps(source: string): Promise<ChainGapRow[]> {
    return this.dataSource.query(
      `SELECT g.*, k.public_key_pem FROM audit_chain_gap g JOIN signing_key k ON k.key_id = g.key_id
        WHERE g.source = $1 ORDER BY g.from_seq`,
      [source],
    ) as Promise<ChainGapRow[]>;
  }

  /** Crosses consecutive purged runs starting at `seq`; returns where the chain resumes. */
  private crossGaps(
    gaps: ChainGapRow[],
    seq: number,
  ): { resumeAt: number; lastHash: Buffer } | null {
    let crossed: { resumeAt: number; lastHash: Buffer } | null = null;
    for (;;) {
      const at: number = crossed?.resumeAt ?? seq;
      const gap = gaps.find((g) => Number(g.from_seq) === at);
      if (!gap) return crossed;
      crossed = { resumeAt: Number(gap.to_seq) + 1, lastHash: gap.last_hash };
    }
  }

  private async initialHash(
    source: string,
    fromSeq: number,
    gaps: ChainGapRow[],
  ): Promise<Buffer | Break> {
    if (fromSeq === 1) return GENESIS_HASH;
    const gapBefore = gaps.find((g) => Number(g.to_seq) === fromSeq - 1);
    if (gapBefore) return gapBefore.last_hash;
    const [previous] = (await this.dataSource.query(
      'SELECT hash FROM audit_event WHERE source = $1 AND seq = $2',
      [source, fromSeq - 1],
    )) as { hash: Buffer }[];
    return previous?.hash ?? { seq: fromSeq - 1, reason: 'event missing' };
  }

  private async walk(
    source: string,
    fromSeq: number,
    toSeq: number,
    gaps: ChainGapRow[],
  ): Promise<{ checked: number; lastHash: Buffer; broken?: Break }> {
    const initial = await this.initialHash(source, fromSeq, gaps);
    if (!Buffer.isBuffer(initial)) return { checked: 0, lastHash: GENESIS_HASH, broken: initial };
    let prevHash = initial;
    let expected = fromSeq;
    let checked = 0;
    while (expected <= toSeq) {
      const rows = (await this.dataSource.query(
        `SELECT * FROM audit_event WHERE source = $1 AND seq >= $2 AND seq <= $3 ORDER BY seq LIMIT ${BATCH}`,
        [source, expected, toSeq],
      )) as AuditEventRow[];
      if (!rows.length)
        return { checked, lastHash: prevHash, broken: { seq: expected, reason: 'event missing' } };
      for (const row of rows) {
        const seq = Number(row.seq);
        if (seq !== expected) {
          const crossed = this.crossGaps(gaps, expected);
          if (!crossed || crossed.resumeAt !== seq) {
            return {
              checked,
              lastHash: prevHash,
              broken: { seq: expected, reason: 'event missing' },
            };
          }
          prevHash = crossed.lastHash;
          expected = seq;
        }
        if (!row.prev_hash.equals(prevHash)) {
          return {
            checked,
            lastHash: prevHash,
            broken: { seq, reason: 'the link to the previous event is broken' },
          };
        }
        // A tombstone (client data destroyed on request) keeps its seq and hash: the link to it
        // and from it to the next event are still checked; its payload is gone, so not its hash.
        const { hash: _stored, ...event } = toAuditEvent(row);
        if (!row.tombstoned_at && !chainHash(prevHash, event).equals(row.hash)) {
          return {
            checked,
            lastHash: prevHash,
            broken: { seq, reason: 'the event was altered after it was stored' },
          };
        }
        prevHash = row.hash;
        expected += 1;
        checked += 1;
      }
    }
    return { checked, lastHash: prevHash };
  }

  private async checkpoints(
    source: string,
    fromSeq: number,
    toSeq: number,
  ): Promise<CheckedCheckpoint[]> {
    const rows = (await this.dataSource.query(
      `SELECT c.*, k.public_key_pem, e.hash AS event_hash
         FROM audit_checkpoint c
         JOIN signing_key k ON k.key_id = c.key_id
         LEFT JOIN audit_event e ON e.source = c.source AND e.seq = c.seq
        WHERE c.source = $1 AND c.seq BETWEEN $2 AND $3
        ORDER BY c.seq DESC, c.id DESC LIMIT 50`,
      [source, fromSeq, toSeq],
    )) as (CheckpointRow & { event_hash: Buffer | null })[];
    return rows.map((row) => ({
      ...toCheckpoint(row),
      signatureValid: checkpointSignatureValid(row),
      matchesChain: row.event_hash ? row.event_hash.equals(row.hash) : null,
    }));
  }
}
