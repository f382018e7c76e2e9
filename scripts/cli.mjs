// `npm run cli -- <command>`: builds the API when its sources changed (Nx cache), then runs the CLI.
// Build output goes to stderr so that stdout stays machine-readable.
import { spawnSync } from 'node:child_process';

const build = spawnSync(
  'npx',
  ['nx', 'run', 'api:build', '--output-style=stream-without-prefixes'],
  {
    stdio: ['ignore', 2, 2],
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const cli = spawnSync(process.execPath, ['dist/api/cli.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(cli.status ?? 1);
