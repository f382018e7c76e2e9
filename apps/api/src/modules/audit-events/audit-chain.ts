import type { AuditEvent } from '@vigil/contracts';
import { canonicalJson } from '@vigil/domain';
import { createHash } from 'node:crypto';

/** The prevHash of the first event of every source. */
export const GENESIS_HASH = Buffer.alloc(32);

/** The document an event's hash covers: everything stored about it, its chain position included. */
export const chainDocument = (event: Omit<AuditEvent, 'hash'>): string =>
  canonicalJson({
    source: event.source,
    seq: event.seq,
    id: event.id,
    occurredAt: event.occurredAt,
    receivedAt: event.receivedAt,
    category: event.category,
    action: event.action,
    outcome: event.outcome,
    actor: event.actor,
    target: event.target,
    organizationId: event.organizationId,
    projectId: event.projectId,
    ip: event.ip,
    userAgent: event.userAgent,
    metadata: event.metadata,
  });

/** hash = SHA-256(prevHash ‖ canonical JSON of the stored event). */
export const chainHash = (prevHash: Buffer, event: Omit<AuditEvent, 'hash'>): Buffer =>
  createHash('sha256').update(prevHash).update(chainDocument(event), 'utf8').digest();
