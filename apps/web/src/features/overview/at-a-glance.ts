import type { AuditCheckpoint, Incident } from '@vigil/contracts';
import { localizedRecord } from '../../i18n';
import { cardMessages } from './cards.messages';

// The overview's signed-checkpoint card; the open counts come counted from GET /dashboard/now.

export type Severity = Incident['severity'];
export const SEVERITY_LEVELS: readonly Severity[] = ['SEV1', 'SEV2', 'SEV3', 'SEV4'];

/** Checkpoints are signed every hour: past two hours without one, the signing has stopped. */
export const CHECKPOINT_STALE_MS = 2 * 3_600_000;

export interface LastCheckpoint {
  latest: AuditCheckpoint;
  /** The sources signed in the same round as the latest (within a minute of it). */
  sources: string[];
  stale: boolean;
}

const ROUND_MS = 60_000;

export const lastCheckpoint = (
  checkpoints: readonly AuditCheckpoint[],
  now: number,
): LastCheckpoint | undefined => {
  const latest = checkpoints.reduce<AuditCheckpoint | undefined>(
    (newest, c) =>
      !newest ||
      Date.parse(c.createdAt) > Date.parse(newest.createdAt) ||
      (c.createdAt === newest.createdAt && c.id > newest.id)
        ? c
        : newest,
    undefined,
  );
  if (!latest) return undefined;
  const at = Date.parse(latest.createdAt);
  const sources = [
    ...new Set(
      checkpoints.filter((c) => at - Date.parse(c.createdAt) <= ROUND_MS).map((c) => c.source),
    ),
  ].sort();
  return { latest, sources, stale: now - at > CHECKPOINT_STALE_MS };
};

/** Why a checkpoint was signed, in the active language: "hourly signing". */
export const CHECKPOINT_REASONS: Readonly<Record<AuditCheckpoint['reason'], string>> =
  localizedRecord({
    en: cardMessages.en.integrity.reasons,
    'fr-CA': cardMessages['fr-CA'].integrity.reasons,
  });
