import { readFileSync } from 'node:fs';

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Guards against killing an unrelated process that reused a stale pid. */
export const isOurServer = (pid: number): boolean => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dist/api/main.js');
  } catch {
    return isAlive(pid);
  }
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM, then SIGKILL after `graceMs` if the server is still shutting down. */
export const stopProcess = async (pid: number, graceMs = 5_000): Promise<void> => {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return;
    await sleep(100);
  }
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
};
