import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupSettings } from '../../config/config.js';
import { BackupError } from './backup.exception.js';
import type { BackedUpKey, InstanceKeyName } from './backup-manifest.js';

/**
 * The secrets without which restored data cannot be used, and where each lives. DATA_DIR also holds
 * pg-password, pg-port and pg/ (the embedded cluster itself): those belong to one Postgres
 * installation, which a restore replaces, so they are not carried over.
 */
interface KeySpec {
  variable: string;
  env: (s: BackupSettings) => string | null;
  purpose: string;
}

const KEYS: Record<InstanceKeyName, KeySpec> = {
  'session-secret': {
    variable: 'SESSION_SECRET',
    env: (s) => s.envSessionSecret,
    // notifications/sealed-secret.ts: webhook signing secrets are sealed under it.
    purpose: 'it unseals the webhook signing secrets and keeps sessions valid',
  },
  'audit-signing-key.pem': {
    variable: 'AUDIT_SIGNING_KEY',
    env: (s) => s.envAuditSigningKey,
    // A new key would still verify the old chain, but certificates pinned to this key would not.
    purpose: 'it signs audit checkpoints and certificates of destruction',
  },
};

const sameKey = (a: string, b: string) => a.trim() === b.trim();

/** The keys in force now: the environment's if given, else DATA_DIR's. */
export const collectInstanceKeys = (
  settings: BackupSettings,
): { keys: BackedUpKey[]; missing: InstanceKeyName[] } => {
  const keys: BackedUpKey[] = [];
  const missing: InstanceKeyName[] = [];
  for (const [name, key] of Object.entries(KEYS) as [InstanceKeyName, KeySpec][]) {
    const fromEnv = key.env(settings);
    const path = join(settings.dataDir, name);
    if (fromEnv) keys.push({ name, source: 'environment', content: `${fromEnv.trim()}\n` });
    else if (existsSync(path))
      keys.push({ name, source: 'data-dir', content: readFileSync(path, 'utf8') });
    else missing.push(name);
  }
  return { keys, missing };
};

export type KeyAction = 'written' | 'unchanged' | 'replaced';

export interface KeyPlan {
  key: BackedUpKey;
  path: string;
  action: KeyAction;
}

/** Decides, before anything is written, what happens to each key; refuses to clobber a different one. */
export const planKeyRestore = (
  keys: BackedUpKey[],
  dataDir: string,
  forceKeys: boolean,
): KeyPlan[] => {
  const plans = keys.map((key): KeyPlan => {
    const path = join(dataDir, key.name);
    if (!existsSync(path)) return { key, path, action: 'written' };
    return {
      key,
      path,
      action: sameKey(readFileSync(path, 'utf8'), key.content) ? 'unchanged' : 'replaced',
    };
  });
  const conflicts = plans.filter((p) => p.action === 'replaced');
  if (conflicts.length && !forceKeys)
    throw new BackupError(
      'KEY_CONFLICT',
      `${conflicts.map((c) => c.path).join(' and ')} already exist${conflicts.length === 1 ? 's' : ''} ` +
        `with a different key than the backup's. Restore with a fresh DATA_DIR, or pass --force-keys ` +
        `to replace ${conflicts.length === 1 ? 'it' : 'them'} (the old file is kept beside it as *.before-restore-<time>)`,
    );
  return plans;
};

export const applyKeyRestore = (plans: KeyPlan[], dataDir: string, now = new Date()): void => {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (const { key, path, action } of plans) {
    if (action === 'unchanged') continue;
    if (action === 'replaced')
      renameSync(path, `${path}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`);
    writeFileSync(path, key.content, { mode: 0o600, flag: 'wx' });
  }
};

/** A key given in the environment wins over DATA_DIR at start-up: say so when it is not the backup's. */
export const environmentOverrides = (keys: BackedUpKey[], settings: BackupSettings): string[] =>
  keys.flatMap((key) => {
    const spec = KEYS[key.name];
    const fromEnv = spec.env(settings);
    if (!fromEnv || sameKey(fromEnv, key.content)) return [];
    return [
      `${spec.variable} is set here to a different value than the backed-up ${key.name}, and it wins ` +
        `at start-up: unset it (the restored ${key.name} in DATA_DIR is then used) or set it to the ` +
        `backed-up value, since ${spec.purpose}`,
    ];
  });
