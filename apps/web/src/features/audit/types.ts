// Wire shapes of the audit endpoints that @vigil/contracts does not describe yet (verify,
// checkpoints, signing keys, per-day counts). They mirror apps/api's audit-verify.service.ts,
// audit-checkpoint.service.ts and signing-key.service.ts; move them to contracts when it has them.

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
  firstBroken?: { source: string; seq: number; reason?: string };
  checkpoints?: CheckedCheckpoint[];
}

export interface PublicSigningKey {
  keyId: string;
  algorithm: string;
  publicKeyPem: string;
  createdAt: string;
}

export interface PublicKeys {
  /** The key id signing new checkpoints. */
  current: string;
  keys: PublicSigningKey[];
}

export type ExportFormat = 'csv' | 'ndjson';
