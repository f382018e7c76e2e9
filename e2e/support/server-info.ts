import { existsSync, readFileSync } from 'node:fs';
import { serverInfoFile } from './paths';

/** What global-setup started, for the tests and for global-teardown. */
export interface ServerInfo {
  baseUrl: string;
  pid: number;
  database: string;
  adminDatabaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  dataDir: string;
  /** The variables the server was started with, for the CLI to reach the same database. */
  env: Record<string, string>;
}

export const readServerInfo = (): ServerInfo | undefined =>
  existsSync(serverInfoFile)
    ? (JSON.parse(readFileSync(serverInfoFile, 'utf8')) as ServerInfo)
    : undefined;

export const baseUrl = (): string => {
  const url = process.env.E2E_BASE_URL ?? readServerInfo()?.baseUrl;
  if (!url) throw new Error('No e2e server: run through `npx jest --selectProjects e2e`.');
  return url;
};
