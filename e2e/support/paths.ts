import { join, resolve } from 'node:path';

// Jest loads these files as CommonJS (swc; global setup through a plain require, without the
// moduleNameMapper), hence extensionless imports, and __dirname rather than import.meta.
export const repoRoot = resolve(__dirname, '..', '..');
export const artifactsDir = join(repoRoot, 'e2e', 'artifacts');
export const screenshotsDir = join(artifactsDir, 'screenshots');
export const serverLogFile = join(artifactsDir, 'server.log');
export const serverInfoFile = join(artifactsDir, '.server.json');
export const inboxFile = join(artifactsDir, 'mail', 'inbox.ndjson');
