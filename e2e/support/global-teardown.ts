import { rmSync } from 'node:fs';
import { dropDatabase } from './database';
import { mailSinkSlot } from './global-setup';
import { serverInfoFile } from './paths';
import { isOurServer, stopProcess } from './process';
import { deleteKeysWithPrefix } from './redis';
import { readServerInfo } from './server-info';

export default async function globalTeardown(): Promise<void> {
  const info = readServerInfo();
  if (!info) return;

  if (isOurServer(info.pid)) await stopProcess(info.pid);
  await mailSinkSlot.vigilE2eMailSink?.close();
  mailSinkSlot.vigilE2eMailSink = undefined;

  const failures: string[] = [];
  await dropDatabase(info.adminDatabaseUrl, info.database).catch((error: unknown) => {
    failures.push(`drop database ${info.database}: ${String(error)}`);
  });
  await deleteKeysWithPrefix(info.redisUrl, info.redisPrefix).catch((error: unknown) => {
    failures.push(`delete Redis keys ${info.redisPrefix}:*: ${String(error)}`);
  });
  rmSync(info.dataDir, { recursive: true, force: true });
  rmSync(serverInfoFile, { force: true });

  // Leftovers are worth a warning, not a failed run: the tests themselves already passed or failed.
  if (failures.length > 0)
    console.warn(`e2e teardown left some state behind:\n${failures.join('\n')}`);
}
