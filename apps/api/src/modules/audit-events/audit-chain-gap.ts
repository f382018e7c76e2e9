import { canonicalJson } from '@vigil/domain';
import { verifySignature } from './signing-key.service.js';

export interface ChainGapRow {
  source: string;
  from_seq: string;
  to_seq: string;
  last_hash: Buffer;
  purged_at: Date;
  partition_name: string;
  key_id: string;
  signature: Buffer;
  public_key_pem?: string;
}

export interface ChainGap {
  source: string;
  fromSeq: number;
  toSeq: number;
  lastHash: string;
  purgedAt: string;
  keyId: string;
}

/** What a gap's signature covers. */
export const gapDocument = (gap: ChainGap): string => canonicalJson({ ...gap });

export const toGap = (row: ChainGapRow): ChainGap => ({
  source: row.source,
  fromSeq: Number(row.from_seq),
  toSeq: Number(row.to_seq),
  lastHash: row.last_hash.toString('hex'),
  purgedAt: row.purged_at.toISOString(),
  keyId: row.key_id,
});

export const gapSignatureValid = (row: ChainGapRow): boolean =>
  !!row.public_key_pem &&
  verifySignature(row.public_key_pem, gapDocument(toGap(row)), row.signature);
