import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths';
import { readServerInfo } from './server-info';

const run = promisify(execFile);

/**
 * Runs the operator CLI (`node dist/api/cli.js`) against the e2e server's database, with the
 * same environment the server got, and returns what it printed on stdout.
 */
export const cli = async (...args: string[]): Promise<string> => {
  const info = readServerInfo();
  if (!info) throw new Error('No e2e server: run through `npx jest --selectProjects e2e`.');
  // The CLI must not take the server's port: it boots without HTTP, but PORT is the server's.
  const { PORT: _port, ...env } = info.env;
  try {
    const { stdout } = await run(process.execPath, [join(repoRoot, 'dist/api/cli.js'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      timeout: 60_000,
    });
    return stdout.trim();
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`cli ${args.join(' ')} failed: ${stderr?.trim() || String(error)}`);
  }
};

export interface CreatedUser {
  id: string;
  email: string;
  role: string;
}

/** `user:create`: a user as JSON. */
export const createUser = async (
  email: string,
  role: string,
  options: { organization?: string; name?: string } = {},
): Promise<CreatedUser> => {
  const args = ['user:create', '--email', email, '--role', role];
  if (options.organization) args.push('--organization', options.organization);
  if (options.name) args.push('--name', options.name);
  return JSON.parse(await cli(...args)) as CreatedUser;
};

/** `ingest-key:create`: the key alone. */
export const createIngestKey = (source: string, name: string) =>
  cli('ingest-key:create', '--source', source, '--name', name);

/** `token:create`: a personal API token acting as `email`. */
export const createApiToken = (email: string, name: string) =>
  cli('token:create', '--email', email, '--name', name);
