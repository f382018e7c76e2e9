import { z } from 'zod';

export const AUDIT_METADATA_MAX_BYTES = 16 * 1024;
export const AUDIT_BATCH_MAX_EVENTS = 10_000;

const rfc3339 = z.iso.datetime({ offset: true, message: 'expected an RFC 3339 time' });

export const auditActorSchema = z
  .object({
    id: z.string().min(1).max(256).optional(),
    email: z.string().max(320).optional(),
    type: z.enum(['user', 'service', 'system']),
    role: z.string().max(100).optional(),
  })
  .strict();

export const auditTargetSchema = z
  .object({
    type: z.string().min(1).max(100),
    id: z.string().min(1).max(256),
    name: z.string().max(500).optional(),
  })
  .strict();

const ipSchema = z.union([z.ipv4(), z.ipv6()], { message: 'expected an IPv4 or IPv6 address' });

export const auditEventInputSchema = z
  .object({
    id: z.string().min(1).max(128),
    occurredAt: rfc3339,
    category: z.enum(['access', 'admin', 'data', 'system']),
    action: z
      .string()
      .max(200)
      .regex(/^[a-z0-9_-]+(\.[a-z0-9_*-]+)*$/, {
        message: 'expected a dotted lowercase action like auth.login',
      }),
    outcome: z.enum(['success', 'failure', 'unknown']),
    actor: auditActorSchema,
    target: auditTargetSchema.optional(),
    organizationId: z.string().min(1).max(64).optional(),
    projectId: z.string().min(1).max(128).optional(),
    ip: ipSchema.optional(),
    userAgent: z.string().max(1024).optional(),
    metadata: z
      .record(z.string(), z.unknown())
      .refine(
        (value) =>
          new TextEncoder().encode(JSON.stringify(value)).length <= AUDIT_METADATA_MAX_BYTES,
        {
          message: `must serialise to at most ${AUDIT_METADATA_MAX_BYTES} bytes`,
        },
      )
      .optional(),
  })
  .strict();
export type AuditEventInput = z.infer<typeof auditEventInputSchema>;

/** An event as stored and served: the input plus its place in its source's hash chain. */
export interface AuditEvent extends AuditEventInput {
  source: string;
  seq: number;
  receivedAt: string;
  hash: string;
}

export const auditEventSearchSchema = z
  .object({
    from: rfc3339.optional(),
    to: rfc3339.optional(),
    /** An email address (any case) or an actor id. */
    actor: z.string().max(320).optional(),
    action: z.string().max(200).optional(),
    category: z.enum(['access', 'admin', 'data', 'system']).optional(),
    outcome: z.enum(['success', 'failure', 'unknown']).optional(),
    organizationId: z.string().max(64).optional(),
    ip: z.string().max(64).optional(),
    source: z.string().max(64).optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(50),
    cursor: z.string().max(512).optional(),
  })
  .strict();
export type AuditEventSearch = z.infer<typeof auditEventSearchSchema>;

export interface AuditDayCount {
  /** A UTC day, `YYYY-MM-DD`. */
  day: string;
  count: number;
}

export interface AuditCheckpoint {
  id: number;
  source: string;
  seq: number;
  hash: string;
  createdAt: string;
  keyId: string;
  signature: string;
  reason: 'hourly' | 'on_demand' | 'retention';
}

export interface CheckedCheckpoint extends AuditCheckpoint {
  signatureValid: boolean;
  /** False when the event at `seq` no longer has the signed hash; null when it was purged. */
  matchesChain: boolean | null;
}

export interface VerifiedSource {
  source: string;
  fromSeq: number;
  toSeq: number;
  checked: number;
  ok: boolean;
}

/** A client's auditor gets `ok` and `checked` only. */
export interface VerifyResult {
  ok: boolean;
  checked: number;
  sources?: VerifiedSource[];
  firstBroken?: { source: string; seq: number; reason: string };
  checkpoints?: CheckedCheckpoint[];
}

export interface PublicSigningKey {
  keyId: string;
  algorithm: 'Ed25519';
  publicKeyPem: string;
  createdAt: string;
}

export interface PublicKeys {
  /** The key id signing new checkpoints. */
  current: string;
  keys: PublicSigningKey[];
}

export type AuditExportFormat = 'csv' | 'ndjson';
