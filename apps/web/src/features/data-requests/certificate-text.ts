import type { DestructionCertificate, DestructionStatement } from '@vigil/contracts';
import { pick } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { textMessages } from './messages';

type Destroyed = DestructionStatement['destroyed'][number];
type Tombstones = NonNullable<Destroyed['tombstones']>[number];

/** When the destroyed records were made: "from → to", one time when both agree. */
export const timeRangeText = (from: string | null, to: string | null): string => {
  if (from && to) {
    return from === to ? formatDateTime(from) : `${formatDateTime(from)} → ${formatDateTime(to)}`;
  }
  const t = pick(textMessages).timeRange;
  if (from) return t.from(formatDateTime(from));
  if (to) return t.until(formatDateTime(to));
  return t.none;
};

/**
 * "#12 – #45": where the tombstones sit in a source's chain. Not a count: other clients' events
 * share the source, so the range can hold events that were not this client's.
 */
export const seqRangeText = ({ fromSeq, toSeq }: Pick<Tombstones, 'fromSeq' | 'toSeq'>): string =>
  fromSeq === toSeq ? `#${fromSeq}` : `#${fromSeq} – #${toSeq}`;

/** "3f2a9c01d4e5…9b0c1d2e": enough of a hash to compare by eye; the full one stays on hover. */
export const shortHash = (hash: string): string =>
  hash.length > 24 ? `${hash.slice(0, 12)}…${hash.slice(-8)}` : hash;

export const destroyedTotal = (statement: Pick<DestructionStatement, 'destroyed'>): number =>
  statement.destroyed.reduce((n, d) => n + d.count, 0);

/** Records destroyed as tombstones: the kinds whose entry names the chain ranges. */
export const tombstonedTotal = (statement: Pick<DestructionStatement, 'destroyed'>): number =>
  statement.destroyed.filter((d) => d.tombstones !== undefined).reduce((n, d) => n + d.count, 0);

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'organization';

/** `certificate-of-destruction-acme-2026-11-20.json`. */
export const certificateFileName = (statement: DestructionStatement): string =>
  `certificate-of-destruction-${slug(statement.organization.id)}-${statement.issuedAt.slice(0, 10)}.json`;

/**
 * The certificate as issued, statement and signature untouched: the signature covers the
 * statement's canonical JSON, which a verifier rebuilds from these fields.
 */
export const certificateJson = (certificate: DestructionCertificate): string =>
  `${JSON.stringify(certificate, null, 2)}\n`;
