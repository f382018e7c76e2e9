import 'reflect-metadata';
import { runUntilSignalled, startVigil } from './bootstrap.js';

await runUntilSignalled(
  () => startVigil({ http: false, workers: true }),
  (vigil) =>
    `Vigil worker is running (timers ${vigil.config.redisUrl ? 'via Redis' : 'in-process'})`,
);
