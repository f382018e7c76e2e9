import { existsSync } from 'node:fs';
import { API_ENTRY, CLI_ENTRY, WORKER_ENTRY } from './paths';

/** The fault suite runs the built processes: say how to build them rather than fail obscurely. */
export default function globalSetup(): void {
  const missing = [API_ENTRY, WORKER_ENTRY, CLI_ENTRY].filter((file) => !existsSync(file));
  if (missing.length)
    throw new Error(
      `The fault suite runs the built API and worker; missing ${missing.join(', ')}. ` +
        'Run `npx nx run api:build` first.',
    );
}
