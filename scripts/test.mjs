// `npm test`: everything CI checks, in the order that fails fastest. Each step prints its duration.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npx', ['nx', 'run-many', '-t', 'typecheck', '--output-style=stream']],
  ['lint', 'npx', ['nx', 'run-many', '-t', 'lint', '--output-style=stream']],
  ['format', 'npx', ['prettier', '--check', '--log-level=warn', '.']],
  ['build', 'npx', ['nx', 'run-many', '-t', 'build', '--output-style=stream']],
  ['unit tests', 'npx', ['jest', '--selectProjects', 'unit']],
  ['integration tests', 'npx', ['jest', '--selectProjects', 'integration', '--runInBand']],
  ['browser tests', 'npx', ['jest', '--selectProjects', 'e2e', '--runInBand']],
];

const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  TZ: 'UTC',
  FORCE_COLOR: '0',
};
const timings = [];
const started = Date.now();
for (const [name, command, args] of steps) {
  process.stdout.write(`\n▶ ${name}\n`);
  const stepStarted = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - stepStarted) / 1000).toFixed(1);
  timings.push(`${name.padEnd(20)} ${seconds.padStart(7)} s`);
  if (result.status !== 0) {
    process.stdout.write(`\n✖ ${name} failed after ${seconds} s\n`);
    process.exit(result.status ?? 1);
  }
}
process.stdout.write(
  `\n${timings.join('\n')}\n${'total'.padEnd(20)} ${((Date.now() - started) / 1000).toFixed(1).padStart(7)} s\n`,
);
