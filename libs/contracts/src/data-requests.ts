import { z } from 'zod';

export const DATA_REQUEST_KINDS = ['export', 'deletion'] as const;
export const DATA_REQUEST_STATUSES = ['open', 'in_progress', 'completed', 'rejected'] as const;

/** `POST /organizations/{id}/data-requests`. */
export const createDataRequestSchema = z
  .object({
    kind: z.enum(DATA_REQUEST_KINDS),
    /** Why: the contract ended, or the client asked. */
    reason: z.enum(['end_of_contract', 'on_request']),
    note: z.string().trim().max(5000).default(''),
    assigneeId: z.string().uuid().nullable().default(null),
    /** When the client asked (default now); the 30-day clock runs from it. */
    requestedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type CreateDataRequest = z.input<typeof createDataRequestSchema>;

export const updateDataRequestSchema = z
  .object({
    assigneeId: z.string().uuid().nullable(),
    status: z.enum(['open', 'in_progress', 'rejected']),
    note: z.string().trim().max(5000),
  })
  .partial()
  .strict();

/** `PUT /organizations/{id}/legal-hold` — `{ reason }` sets it, `{ reason: null }` lifts it. */
export const legalHoldSchema = z
  .object({ reason: z.string().trim().min(1).max(2000).nullable() })
  .strict();

/** `POST /data-requests/{id}/delete`: the organization's name typed back, as in the dashboard. */
export const confirmDeletionSchema = z
  .object({ confirmName: z.string().trim().min(1).max(200) })
  .strict();

export interface DataRequestEvent {
  at: string;
  actor: string;
  kind: string;
  summary: string;
}

export interface DataRequest {
  id: string;
  organizationId: string;
  organizationName: string;
  kind: (typeof DATA_REQUEST_KINDS)[number];
  reason: 'end_of_contract' | 'on_request';
  status: (typeof DATA_REQUEST_STATUSES)[number];
  note: string;
  requestedAt: string;
  /** requestedAt + 30 days: the contractual deadline. */
  dueAt: string;
  completedAt: string | null;
  assignee: { id: string; email: string } | null;
  /** Set once an export was produced: the manifest of the archive. */
  exportManifest: ExportManifest | null;
  /** Set once a deletion completed. */
  certificateId: string | null;
  history: DataRequestEvent[];
}

export interface ExportManifestFile {
  name: string;
  kind: string;
  count: number;
  bytes: number;
  sha256: string;
}

export interface ExportManifest {
  organizationId: string;
  requestId: string;
  generatedAt: string;
  files: ExportManifestFile[];
}

/** What a certificate of destruction states; its signature covers the canonical JSON of it. */
export interface DestructionStatement {
  certificateId: string;
  organization: { id: string; name: string };
  request: { id: string; reason: string; requestedAt: string; completedAt: string };
  destroyed: {
    kind: string;
    count: number;
    from: string | null;
    to: string | null;
    /** For audit events: per source, the seq range tombstoned (seq and hash kept, payload removed). */
    tombstones?: {
      source: string;
      /** This client's events tombstoned in the source; other clients' may sit between them. */
      count: number;
      fromSeq: number;
      toSeq: number;
      firstHash: string;
      lastHash: string;
    }[];
  }[];
  retained: { kind: string; count: number; why: string }[];
  backupsExpireBy: string;
  issuedAt: string;
  issuer: { keyId: string; publicKeyPem: string };
}

export interface DestructionCertificate {
  statement: DestructionStatement;
  /** Ed25519 over the canonical JSON of `statement`, base64. */
  signature: string;
}
