// `npm run test:e2e`: builds when the app is not built yet, then runs the browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync('dist/api/main.js') || !existsSync('dist/web/index.html')) {
  run('npx', ['nx', 'run-many', '-t', 'build', '--output-style=stream-without-prefixes']);
}
run('npx', ['jest', '--selectProjects', 'e2e', ...process.argv.slice(2)]);
