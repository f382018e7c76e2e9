import { Injectable } from '@nestjs/common';
import {
  AUDIT_BATCH_MAX_EVENTS,
  type AuditEventInput,
  auditEventInputSchema,
  type ProblemFieldError,
} from '@vigil/contracts';
import { type CloudTrailMapping, mapCloudTrailRecord } from '@vigil/domain';
import { AppError } from '../../common/app-error.js';
import { DetectionTriggerService } from '../../queue/detection-trigger.service.js';
import { AuditLogService } from './audit-log.service.js';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: { index: number; errors: ProblemFieldError[] }[];
}

/** Events further back than this are refused rather than given a partition of their own. */
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
/** Producers' clocks drift; an event from further ahead than this is a bug, not news. */
const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;

type Candidate = { index: number; value: unknown } | { index: number; errors: ProblemFieldError[] };

const hasNul = (value: unknown): boolean => JSON.stringify(value).includes('\\u0000');

/**
 * Validates a batch item by item and appends the valid ones in one transaction: the reply comes
 * after commit, so what it counts as accepted is durable. Invalid items are reported by index and
 * do not stop the others.
 */
@Injectable()
export class AuditIngestService {
  constructor(
    private readonly log: AuditLogService,
    private readonly detections: DetectionTriggerService,
  ) {}

  ingestJson(source: string, body: unknown): Promise<IngestResult> {
    const events = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(events)) {
      throw new AppError('VALIDATION_FAILED', 'Send { "events": [ … ] } or NDJSON.', {
        errors: [{ path: 'events', message: 'expected an array of events' }],
      });
    }
    this.assertBatchSize(events.length);
    return this.ingest(
      source,
      events.map((value, index) => ({ index, value })),
    );
  }

  /** NDJSON: one event per line; `index` is the 0-based line number, blank lines are skipped. */
  ingestNdjson(source: string, text: string): Promise<IngestResult> {
    const lines = text.split('\n');
    if (lines.at(-1)?.trim() === '') lines.pop();
    const candidates: Candidate[] = [];
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      try {
        candidates.push({ index, value: JSON.parse(line) as unknown });
      } catch {
        candidates.push({ index, errors: [{ path: '(line)', message: 'not valid JSON' }] });
      }
    });
    this.assertBatchSize(candidates.length);
    return this.ingest(source, candidates);
  }

  ingestCloudTrail(source: string, body: unknown): Promise<IngestResult> {
    const records = (body as { Records?: unknown } | null)?.Records;
    if (!Array.isArray(records)) {
      throw new AppError('VALIDATION_FAILED', 'Send a CloudTrail log file: { "Records": [ … ] }.', {
        errors: [{ path: 'Records', message: 'expected an array of CloudTrail records' }],
      });
    }
    this.assertBatchSize(records.length);
    return this.ingest(
      source,
      records.map((record, index) => {
        const result: CloudTrailMapping = mapCloudTrailRecord(record);
        return result.ok ? { index, value: result.event } : { index, errors: result.errors };
      }),
    );
  }

  private async ingest(source: string, candidates: Candidate[]): Promise<IngestResult> {
    const rejected: IngestResult['rejected'] = [];
    const valid: AuditEventInput[] = [];
    const now = Date.now();
    for (const candidate of candidates) {
      if ('errors' in candidate) {
        rejected.push(candidate);
        continue;
      }
      const parsed = auditEventInputSchema.safeParse(candidate.value);
      if (!parsed.success) {
        rejected.push({
          index: candidate.index,
          errors: parsed.error.issues.map((issue) => ({
            path: issue.path.map(String).join('.') || '(event)',
            message: issue.message,
          })),
        });
        continue;
      }
      const time = Date.parse(parsed.data.occurredAt);
      const errors: ProblemFieldError[] = [];
      if (time < EARLIEST) errors.push({ path: 'occurredAt', message: 'must be after 2000-01-01' });
      if (time > now + MAX_FUTURE_MS)
        errors.push({ path: 'occurredAt', message: 'is more than 24 h in the future' });
      if (hasNul(parsed.data))
        errors.push({ path: '(event)', message: 'NUL characters are not accepted' });
      if (errors.length) rejected.push({ index: candidate.index, errors });
      else valid.push(parsed.data);
    }
    const { accepted, duplicates } = valid.length
      ? await this.log.append(source, valid)
      : { accepted: 0, duplicates: 0 };
    if (accepted) this.detections.nudge();
    return { accepted, duplicates, rejected };
  }

  private assertBatchSize(count: number): void {
    if (count > AUDIT_BATCH_MAX_EVENTS) {
      throw new AppError(
        'VALIDATION_FAILED',
        `A batch holds at most ${AUDIT_BATCH_MAX_EVENTS} events; this one has ${count}. Split it.`,
        { errors: [{ path: 'events', message: `at most ${AUDIT_BATCH_MAX_EVENTS} events` }] },
      );
    }
  }
}
