import 'reflect-metadata';
import { createBootLogger } from './common/logging.js';
import { ConfigError, loadConfig } from './config/config.js';
import { prepareDatabase } from './bootstrap.js';

/**
 * Operator commands. Machine-readable output goes to stdout, messages to stderr, and a failure
 * exits non-zero (spec/api.md, Command line).
 */
type Command = (args: Map<string, string>) => Promise<unknown>;

const commands: Record<string, { summary: string; run: Command }> = {
  'db:migrate': {
    summary: 'apply pending database migrations',
    run: async () => {
      const config = loadConfig();
      const log = createBootLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, 2);
      const { embedded, applied } = await prepareDatabase(config, log);
      await embedded?.stop();
      return { applied };
    },
  },
};

const parseArgs = (argv: string[]): Map<string, string> => {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg?.startsWith('--')) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? (argv[i + 1]?.startsWith('--') ? undefined : argv[++i]);
    args.set(name ?? '', value ?? 'true');
  }
  return args;
};

const usage = () =>
  `usage: npm run cli -- <command> [--option value]\n\ncommands:\n${Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(20)} ${c.summary}`)
    .join('\n')}\n`;

const main = async (): Promise<number> => {
  const [name, ...rest] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(name ? `unknown command ${JSON.stringify(name)}\n\n${usage()}` : usage());
    return 2;
  }
  try {
    const output = await command.run(parseArgs(rest));
    if (output !== undefined) {
      process.stdout.write(
        typeof output === 'string' ? `${output}\n` : `${JSON.stringify(output, null, 2)}\n`,
      );
    }
    return 0;
  } catch (error) {
    const message =
      error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: ${message}\n`);
    return 1;
  }
};

process.exitCode = await main();
