import { join, resolve } from 'node:path';

// Loaded as CommonJS by Jest (swc), like e2e/support: __dirname, extensionless imports.
export const repoRoot = resolve(__dirname, '..', '..');
export const artifactsDir = join(repoRoot, 'faults', 'artifacts');
export const API_ENTRY = join(repoRoot, 'dist/api/main.js');
export const WORKER_ENTRY = join(repoRoot, 'dist/api/worker.js');
export const CLI_ENTRY = join(repoRoot, 'dist/api/cli.js');
