import type { ExportManifest, ExportManifestFile } from '@vigil/contracts';
import { pick } from '../../i18n';
import { formatBytes } from '../../lib/format';
import { textMessages } from './messages';

export interface ManifestTotals {
  files: number;
  rows: number;
  bytes: number;
}

export const manifestTotals = (manifest: Pick<ExportManifest, 'files'>): ManifestTotals => ({
  files: manifest.files.length,
  rows: manifest.files.reduce((n, f) => n + f.count, 0),
  bytes: manifest.files.reduce((n, f) => n + f.bytes, 0),
});

/** "4 files · 1,204 rows · 1.2 MB". */
export const manifestSummary = (manifest: Pick<ExportManifest, 'files'>): string => {
  const totals = manifestTotals(manifest);
  const t = pick(textMessages);
  return [t.files(totals.files), t.manifestRows(totals.rows), formatBytes(totals.bytes)].join(
    ' · ',
  );
};

export type HashCheck = 'match' | 'mismatch' | 'missing';

/**
 * Each listed file's SHA-256 against the one this browser computed from the archive it just
 * saved: what the DPO hands over is what the manifest says.
 */
export const checkHashes = (
  files: readonly Pick<ExportManifestFile, 'name' | 'sha256'>[],
  computed: ReadonlyMap<string, string>,
): Map<string, HashCheck> =>
  new Map(
    files.map((f) => {
      const hex = computed.get(f.name);
      if (hex === undefined) return [f.name, 'missing'];
      return [f.name, hex.toLowerCase() === f.sha256.toLowerCase() ? 'match' : 'mismatch'];
    }),
  );

/** One line over every check: all match, or how many do not. */
export const hashCheckSummary = (
  checks: ReadonlyMap<string, HashCheck>,
): { tone: 'success' | 'danger'; text: string } => {
  const t = pick(textMessages).hashes;
  const all = [...checks.values()];
  const bad = all.filter((c) => c !== 'match').length;
  if (bad === 0) {
    return { tone: 'success', text: all.length === 1 ? t.oneMatches : t.allMatch(all.length) };
  }
  return { tone: 'danger', text: t.mismatch(bad, all.length) };
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFile = (value: unknown): value is ExportManifestFile =>
  isRecord(value) &&
  typeof value.name === 'string' &&
  typeof value.kind === 'string' &&
  typeof value.count === 'number' &&
  typeof value.bytes === 'number' &&
  typeof value.sha256 === 'string';

/** The `manifest.json` read from the archive itself; null unless it has the expected shape. */
export const parseManifest = (text: string): ExportManifest | null => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (
    !isRecord(value) ||
    typeof value.organizationId !== 'string' ||
    typeof value.requestId !== 'string' ||
    typeof value.generatedAt !== 'string' ||
    !Array.isArray(value.files) ||
    !value.files.every(isFile)
  ) {
    return null;
  }
  return {
    organizationId: value.organizationId,
    requestId: value.requestId,
    generatedAt: value.generatedAt,
    files: value.files,
  };
};

/** The manifest as a file of its own, e.g. to attach to the reply to the client. */
export const manifestJson = (manifest: ExportManifest): string =>
  `${JSON.stringify(manifest, null, 2)}\n`;
