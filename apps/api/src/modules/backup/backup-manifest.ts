import { z } from 'zod';

export const INSTANCE_KEY_NAMES = ['session-secret', 'audit-signing-key.pem'] as const;
export type InstanceKeyName = (typeof INSTANCE_KEY_NAMES)[number];

const backedUpKeySchema = z.object({
  /** File name under DATA_DIR. */
  name: z.enum(INSTANCE_KEY_NAMES),
  /** Where the key was read at backup time; restore always puts it in DATA_DIR. */
  source: z.enum(['environment', 'data-dir']),
  content: z.string().min(1),
});
export type BackedUpKey = z.infer<typeof backedUpKeySchema>;

/** What travels, encrypted, ahead of the dump in a backup file. */
export const backupManifestSchema = z.object({
  format: z.literal('vigil-backup'),
  createdAt: z.string(),
  vigilVersion: z.string(),
  database: z.object({
    name: z.string(),
    serverVersion: z.string(),
    serverMajor: z.number().int(),
    pgDumpVersion: z.string(),
    pgDumpMajor: z.number().int(),
  }),
  /** Rows per top-level table, counted in the snapshot pg_dump read. */
  rowCounts: z.record(z.string(), z.number().int()),
  keys: z.array(backedUpKeySchema),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
