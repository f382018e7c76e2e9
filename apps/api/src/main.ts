import 'reflect-metadata';
import { runUntilSignalled, startVigil } from './bootstrap.js';

await runUntilSignalled(
  () => startVigil({ http: true }),
  (vigil) =>
    `Vigil is ready on ${vigil.config.publicUrl} (listening on ${vigil.url}; database ${vigil.config.databaseMode}, ` +
    `timers ${vigil.config.redisUrl ? 'via Redis' : 'in-process'}${vigil.config.runWorkers ? ', workers in this process' : ''})`,
);
