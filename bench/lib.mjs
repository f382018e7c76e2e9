// Shared harness for the benchmarks in this folder: arguments, a throw-away database, the built API
// as a child process, its CLI, an HTTP client, memory sampling, a seeded event generator and COPY
// encoding. Everything talks to 127.0.0.1 only, and everything it creates is removed at the end
// (also on Ctrl-C or failure) unless --keep is given.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID, sign } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const MAIN = path.join(ROOT, 'dist/api/main.js');
export const CLI = path.join(ROOT, 'dist/api/cli.js');
export const WORKER = path.join(ROOT, 'dist/api/worker.js');
export const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = 'redis://127.0.0.1:6379';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const fmt = (n, digits = 0) =>
  Number(n).toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
export const log = (...parts) => console.log(...parts);
export const stamp = () => new Date().toISOString().slice(11, 19);
export const step = (message) => console.log(`[${stamp()}] ${message}`);

// ---------------------------------------------------------------------------------------------
// Arguments

/** `--name value`, `--name=value`, `--flag`; numbers may use `_` or `,` separators. */
export const parseArgs = (spec, argv = process.argv.slice(2)) => {
  const out = Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, v.default]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(
        `options:\n${Object.entries(spec)
          .map(
            ([k, v]) =>
              `  --${k}${v.type === 'bool' ? '' : ' <value>'}`.padEnd(28) +
              `${v.help ?? ''} (default ${v.default})`,
          )
          .join('\n')}`,
      );
      process.exit(0);
    }
    if (!arg.startsWith('--'))
      throw new Error(`unexpected argument ${JSON.stringify(arg)} (try --help)`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const def = spec[name];
    if (!def) throw new Error(`unknown option --${name} (try --help)`);
    if (def.type === 'bool') {
      out[name] = inline === undefined ? true : !['false', '0', 'no'].includes(inline);
      continue;
    }
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new Error(`--${name} needs a value`);
    if (def.type === 'int') {
      const value = Number(raw.replace(/[_,]/g, ''));
      if (!Number.isSafeInteger(value) || value < (def.min ?? 1)) {
        throw new Error(
          `--${name}: expected a whole number ≥ ${def.min ?? 1}, got ${JSON.stringify(raw)}`,
        );
      }
      out[name] = value;
    } else if (def.choices && !def.choices.includes(raw)) {
      throw new Error(`--${name}: expected one of ${def.choices.join(', ')}`);
    } else out[name] = raw;
  }
  return out;
};

export const checkBuilt = () => {
  if (existsSync(MAIN) && existsSync(CLI)) return;
  console.error(
    `The API is not built: ${path.relative(process.cwd(), MAIN)} is missing.\n` +
      'Build it first:  npx nx run-many -t build -p api',
  );
  process.exit(2);
};

/** Which code is measured: the commit, uncommitted changes under apps/ and libs/, when dist was built. */
export const describeBuild = () => {
  const git = (...a) => spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const dirty = git('status', '--porcelain', '--', 'apps/api', 'libs')
    .split('\n')
    .filter(Boolean).length;
  const built = statSync(MAIN).mtime.toISOString().replace('T', ' ').slice(0, 19);
  return `app at commit ${commit}${dirty ? ` + ${dirty} uncommitted file(s) in apps/api, libs` : ''}; dist/api built ${built} UTC`;
};

// ---------------------------------------------------------------------------------------------
// Cleanup on exit, failure and Ctrl-C

const cleanups = [];
let cleaning = null;
let currentApi = null;
const syncKills = new Set();
export const onCleanup = (fn) => cleanups.push(fn);

export const cleanup = () =>
  (cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await fn();
      } catch (error) {
        console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
      }
    }
  })());

/** Runs the benchmark, then cleans up whatever happened; exit 0 unless something failed. */
export const run = async (body) => {
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (interrupted) {
        console.error(`\n${signal} again: exiting without finishing cleanup`);
        for (const kill of syncKills) kill();
        process.exit(130);
      }
      interrupted = true;
      console.error(`\n${signal}: stopping and cleaning up (again to force)…`);
      cleanup().finally(() => process.exit(130));
    });
  }
  process.on('exit', () => {
    for (const kill of syncKills) kill();
  });
  // A closed stdout (`… | head`) must not skip the cleanup: keep going without output.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});
  process.on('uncaughtException', (error) => {
    console.error(`\nFAILED (uncaught): ${error?.stack ?? error}`);
    cleanup().finally(() => process.exit(1));
  });
  let code = 0;
  try {
    await body();
  } catch (error) {
    if (interrupted) return; // the signal handler cleans up and exits
    console.error(`\nFAILED: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    if (currentApi) {
      console.error(
        `API ${currentApi.exited ? `exited ${JSON.stringify(currentApi.exited)}` : 'still running'}; its last log lines:`,
      );
      for (const line of currentApi.tail.slice(-10)) console.error(`  ${line.slice(0, 800)}`);
    }
    code = 1;
  }
  await cleanup();
  // A script that finished but reports a failed check sets process.exitCode (bench/load.mjs).
  process.exit(code || process.exitCode || 0);
};

// ---------------------------------------------------------------------------------------------
// Database

export const dbUrl = (name) => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
};

export const connect = async (url) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

/** Creates `name` on the admin server; drops it at cleanup unless kept. */
export const createDatabase = async (name, { keep }) => {
  const admin = await connect(ADMIN_URL);
  try {
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  onCleanup(async () => {
    if (keep) {
      console.log(
        `kept database ${name} (${dbUrl(name)}); drop it with: psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE ${name} WITH (FORCE)'`,
      );
      return;
    }
    const dropper = await connect(ADMIN_URL);
    try {
      await dropper.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      console.log(`dropped database ${name}`);
    } finally {
      await dropper.end();
    }
  });
  return dbUrl(name);
};

export const serverInfo = async (url) => {
  const client = await connect(url);
  try {
    const { rows } = await client.query(
      `SELECT current_setting('server_version') AS version, current_setting('shared_buffers') AS shared_buffers,
              current_setting('max_wal_size') AS max_wal_size, current_setting('synchronous_commit') AS synchronous_commit`,
    );
    return rows[0];
  } finally {
    await client.end();
  }
};

// ---------------------------------------------------------------------------------------------
// The API and its CLI

export const freePort = async () => {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
};

/** The environment both the API and its CLI run with. */
export const benchEnv = async ({ ts, databaseUrl, keep }) => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-'));
  onCleanup(async () => {
    if (keep) console.log(`kept DATA_DIR ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  });
  const prefix = `vigil-bench-${ts}`;
  // Redis keys go even with --keep: they are only the stopped API's queues and timers.
  onCleanup(() => deleteRedisKeys(prefix));
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.tmpdir(),
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    DATA_DIR: dataDir,
    // The search seed spans 12 months back from today, i.e. 13 calendar months: with the default
    // of 12 the daily retention sweep would drop the oldest month in the middle of the benchmark.
    AUDIT_RETENTION_MONTHS: '24',
    VIGIL_ADMIN_EMAIL: 'admin@bench.test',
  };
};

const deleteRedisKeys = async (prefix) => {
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 3000,
  });
  try {
    await redis.connect();
    let cursor = '0';
    let deleted = 0;
    for (let i = 0; i < 10_000; i++) {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
      if (cursor === '0') break;
    }
    if (deleted) console.log(`deleted ${deleted} Redis key(s) under ${prefix}:`);
  } finally {
    redis.disconnect();
  }
};

/** dist/ being rebuilt by someone else right now: a module is missing or half-written. */
const isRebuilding = (text) => /ERR_MODULE_NOT_FOUND|SyntaxError: |Cannot find module/.test(text);

/** Runs `attempt` again every 10 s for up to 3 minutes while dist/ looks half-rebuilt. */
const retryWhileRebuilding = async (what, attempt) => {
  const until = Date.now() + 180_000;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRebuilding(error.message) || Date.now() > until) throw error;
      console.log(`  (${what} could not load dist/ — being rebuilt? retrying in 10 s)`);
      await sleep(10_000);
    }
  }
};

/**
 * Spawns `node <script>` from the repository, keeps its last 40 log lines (each also handed to
 * `onLine`) and stops it at cleanup: SIGTERM, then SIGKILL after 20 s, or SIGKILL on a sync exit.
 */
const superviseNode = (script, env, name, onLine = () => {}) => {
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      onLine(line);
    }
    while (tail.length > 40) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  const exit = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    }),
  );
  const killNow = () => {
    if (!exited) child.kill('SIGKILL');
  };
  syncKills.add(killNow);
  onCleanup(async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exit;
      clearTimeout(timer);
    }
    syncKills.delete(killNow);
    console.log(`${name} stopped`);
  });
  return {
    child,
    pid: child.pid,
    tail,
    get exited() {
      return exited;
    },
  };
};

/** Its exit before it was ready, with the last log lines (and whether dist/ was half-built). */
const exitedEarly = async (name, spawned, before) => {
  await sleep(100); // let the last output arrive
  return new Error(
    `the ${name} exited (${JSON.stringify(spawned.exited)}) before it was ${before}:\n${spawned.tail.join('\n')}`,
  );
};

/** Spawns `node dist/api/main.js`, waits for GET /health/ready 200; killed at cleanup. */
export const startApi = (env, options = {}) =>
  retryWhileRebuilding('the API', () => startApiOnce(env, options));

const startApiOnce = async (env, { readyTimeoutMs = 90_000 } = {}) => {
  const api = superviseNode(MAIN, env, 'API');
  const port = Number(env.PORT);
  const deadline = Date.now() + readyTimeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (api.exited) throw await exitedEarly('API', api, 'ready');
    try {
      const res = await request(port, 'GET', '/health/ready', { timeoutMs: 2000 });
      if (res.status === 200) {
        currentApi = Object.assign(api, { port });
        return currentApi;
      }
      last = `${res.status} ${res.text.slice(0, 200)}`;
    } catch (error) {
      last = error.message;
    }
    await sleep(250);
  }
  throw new Error(
    `the API was not ready after ${readyTimeoutMs / 1000} s (last: ${last}):\n${api.tail.join('\n')}`,
  );
};

/**
 * Spawns `node dist/api/worker.js` (the queue workers and the sweeper, no HTTP) with the same env,
 * waits for its "worker is running" line; killed at cleanup. Start the API first: it migrates.
 */
export const startWorker = (env, { readyTimeoutMs = 90_000 } = {}) =>
  retryWhileRebuilding('the worker', () => startWorkerOnce(env, readyTimeoutMs));

const startWorkerOnce = async (env, readyTimeoutMs) => {
  let ready = false;
  const worker = superviseNode(WORKER, env, 'worker', (line) => {
    if (line.includes('worker is running')) ready = true;
  });
  const deadline = Date.now() + readyTimeoutMs;
  while (!ready) {
    if (worker.exited) throw await exitedEarly('worker', worker, 'running');
    if (Date.now() > deadline)
      throw new Error(
        `the worker was not running after ${readyTimeoutMs / 1000} s:\n${worker.tail.join('\n')}`,
      );
    await sleep(100);
  }
  return worker;
};

/**
 * `node dist/api/cli.js …` with the bench env; resolves to stdout (trimmed). When dist/ is being
 * rebuilt underneath (the command fails to load, before doing anything), waits and retries for up
 * to 3 minutes.
 */
export const runCli = (env, args, options = {}) =>
  retryWhileRebuilding(`cli ${args[0]}`, () => runCliOnce(env, args, options));

const runCliOnce = (env, args, { timeoutMs = 120_000 } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const kill = () => child.kill('SIGKILL');
    syncKills.add(kill);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`cli ${args[0]} took longer than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      syncKills.delete(kill);
      if (code === 0) resolve(stdout.trim());
      else
        reject(
          Object.assign(
            new Error(`cli ${args.join(' ')} exited ${code}: ${stderr.trim() || stdout.trim()}`),
            { stdout, code },
          ),
        );
    });
  });

/** The secret a create command printed: the last non-empty stdout line. */
export const secretFrom = (stdout) =>
  stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .at(-1);

// ---------------------------------------------------------------------------------------------
// HTTP (node:http with a keep-alive agent; no undici)

const agents = new Map();
const agentFor = (port) => {
  if (!agents.has(port)) agents.set(port, new http.Agent({ keepAlive: true }));
  return agents.get(port);
};

/**
 * One request to 127.0.0.1:port. Without onData the body is buffered and returned as text/json;
 * with onData every chunk is handed over and dropped (for streams that must not be buffered).
 */
export const request = (
  port,
  method,
  pathname,
  { headers = {}, body, timeoutMs = 120_000, onData } = {},
) =>
  new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: pathname,
        agent: agentFor(port),
        headers:
          body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => (onData ? onData(chunk) : chunks.push(chunk)));
        res.on('error', reject);
        res.on('end', () => {
          const ms = performance.now() - t0;
          if (onData) return resolve({ status: res.statusCode, headers: res.headers, ms });
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, json, ms });
        });
      },
    );
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`timeout after ${timeoutMs / 1000} s: ${method} ${pathname}`)),
    );
    req.on('error', reject);
    req.end(body);
  });

/**
 * Drops idle keep-alive sockets before a phase: a socket left idle past the server's keep-alive
 * timeout (5 s) can be closed by the server just as it is reused ("socket hang up").
 */
export const resetAgent = (port) => {
  agents.get(port)?.destroy();
  agents.delete(port);
};

export const closeAgents = () => {
  for (const agent of agents.values()) agent.destroy();
};

// ---------------------------------------------------------------------------------------------
// Memory of the API process

const statusKb = (pid, field) => {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
};
/** User + system CPU seconds a process has used (from /proc/<pid>/stat, clock ticks of 1/100 s). */
export const cpuSeconds = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
};

/**
 * Where the machine's CPU went: this API process, Postgres processes working on this database
 * (backends, its autovacuum workers), Postgres' shared background processes (checkpointer, WAL
 * writer…), Postgres processes of other databases (CI, tests), and the whole machine from
 * /proc/stat (busy and iowait). Take two snapshots and `cpuDelta` them: Postgres processes are
 * compared pid by pid, so one that exits in between (an autovacuum worker) is not counted as
 * negative; the CPU it used in between is then lost from its category, not from "machine busy".
 */
export const cpuSnapshot = (apiPid, dbName) => {
  const snapshot = {
    api: cpuSeconds(apiPid),
    self: cpuSeconds(process.pid),
    pg: new Map(),
    busy: 0,
    iowait: 0,
  };
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) !== 'postgres') continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const kind =
        cmdline.includes(` ${dbName} `) || cmdline.trimEnd().endsWith(` ${dbName}`)
          ? 'pgOurs'
          : /: (checkpointer|background writer|walwriter|autovacuum launcher|logical replication launcher|archiver|stats)/.test(
                cmdline,
              ) || !cmdline.startsWith('postgres:')
            ? 'pgShared'
            : 'pgOther';
      // start time (field 22) tells a reused pid apart
      snapshot.pg.set(`${entry}:${fields[19]}`, { kind, seconds });
    } catch {
      // the process ended meanwhile
    }
  }
  try {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .map(Number);
    const [user, nice, system, , iowait, irq, softirq, steal] = ticks;
    snapshot.busy = (user + nice + system + irq + softirq + steal) / 100;
    snapshot.iowait = iowait / 100;
  } catch {
    // not Linux
  }
  return snapshot;
};

export const cpuDelta = (before, after) => {
  const delta = {
    api: after.api - before.api,
    self: after.self - before.self,
    pgOurs: 0,
    pgShared: 0,
    pgOther: 0,
    busy: after.busy - before.busy,
    iowait: after.iowait - before.iowait,
  };
  for (const [key, { kind, seconds }] of after.pg)
    delta[kind] += seconds - (before.pg.get(key)?.seconds ?? 0);
  return delta;
};

/** "API 49.5 s (24%), postgres (this db) …" — percentages of one core over `seconds`. */
export const describeCpu = (d, seconds) => {
  const pct = (v) => `${fmt(Math.max(0, v), 1)} s (${fmt(Math.max(0, (100 * v) / seconds))}%)`;
  const rest = Math.max(0, d.busy - d.api - d.self - d.pgOurs - d.pgShared - d.pgOther);
  return (
    `API ${pct(d.api)} · postgres for this db ${pct(d.pgOurs)} · postgres background ${pct(d.pgShared)} · ` +
    `postgres for other dbs ${pct(d.pgOther)} · this script ${pct(d.self)} · everything else ${pct(rest)}; ` +
    `machine busy ${pct(d.busy)}, iowait ${pct(d.iowait)} — % of one core over ${fmt(seconds, 1)} s wall, ${os.cpus().length} cores`
  );
};

export const rssMb = (pid) => (statusKb(pid, 'VmRSS') ?? 0) / 1024;
export const hwmMb = (pid) => (statusKb(pid, 'VmHWM') ?? 0) / 1024;

/** Samples VmRSS every intervalMs; `window()` starts a new peak window. */
export const memorySampler = (pid, intervalMs = 250) => {
  let peak = 0;
  let windowPeak = 0;
  let samples = 0;
  const sample = () => {
    const kb = statusKb(pid, 'VmRSS');
    if (kb === null) return;
    const mb = kb / 1024;
    samples += 1;
    if (mb > peak) peak = mb;
    if (mb > windowPeak) windowPeak = mb;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  onCleanup(async () => clearInterval(timer));
  return {
    get peakMb() {
      return peak;
    },
    get windowPeakMb() {
      return windowPeak;
    },
    get samples() {
      return samples;
    },
    window() {
      windowPeak = 0;
      sample();
    },
    sample,
    stop: () => clearInterval(timer),
  };
};

// ---------------------------------------------------------------------------------------------
// Statistics and tables

/** Nearest-rank percentile of an ascending array. */
export const percentile = (sorted, p) =>
  sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
    : NaN;

export const summarize = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
  };
};

export const table = (header, rows) => {
  const all = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  const line = (row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [
    line(all[0]),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...all.slice(1).map(line),
  ].join('\n');
};

// ---------------------------------------------------------------------------------------------
// Deterministic event generator

/** mulberry32: small, fast, seeded. */
export const prng = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** [action, category, weight]: 20 actions over the 4 categories. */
export const ACTIONS = [
  ['auth.login', 'access', 30],
  ['auth.logout', 'access', 10],
  ['auth.otp.failed', 'access', 3],
  ['auth.sso.login', 'access', 6],
  ['auth.token.created', 'access', 1],
  ['role.grant', 'admin', 1.5],
  ['role.revoke', 'admin', 0.7],
  ['user.create', 'admin', 1],
  ['user.deactivate', 'admin', 0.4],
  ['settings.update', 'admin', 1.2],
  ['data.read', 'data', 20],
  ['data.update', 'data', 8],
  ['data.export', 'data', 2.5],
  ['data.delete', 'data', 0.8],
  ['file.download', 'data', 4],
  ['db.admin.query', 'data', 1.2],
  ['db.backup.run', 'system', 1],
  ['system.job.run', 'system', 4],
  ['system.config.reload', 'system', 0.5],
  ['service.deploy', 'system', 1],
];
const ACTION_TOTAL = ACTIONS.reduce((n, [, , w]) => n + w, 0);
const ACTION_CDF = (() => {
  let acc = 0;
  return ACTIONS.map(([, , w]) => (acc += w / ACTION_TOTAL));
})();

export const ORGANIZATIONS = 50;
export const ACTORS = 1000;
const SERVICE_ACTORS_FROM = 950;
const ROLES = ['administrator', 'editor', 'participant', 'viewer'];
const PROJECT_NAMES = [
  'Payroll',
  'Invoices',
  'Clinic Records',
  'Website',
  'Data Lake',
  'CRM',
  'Billing',
  'HR Portal',
  'Mobile App',
  'Warehouse',
  'Analytics',
  'Backups',
  'Marketing',
  'Support Desk',
  'Identity',
  'Reporting',
];
/** Words that appear in metadata.note of ~20% of events (each ≈ 0.6%): the q= search terms. */
export const NOTE_WORDS = [
  'quarterly',
  'migration',
  'incident',
  'escalated',
  'renewal',
  'offboarding',
  'onboarding',
  'vendor',
  'contract',
  'legal',
  'audit',
  'rotation',
  'emergency',
  'scheduled',
  'manual',
  'bulk',
  'sensitive',
  'review',
  'approved',
  'rejected',
  'overnight',
  'weekend',
  'holiday',
  'test',
  'canary',
  'rollback',
  'hotfix',
  'compliance',
  'privacy',
  'retention',
  'purge',
  'breakglass',
];
const AGENTS = ['Chrome/131.0', 'Safari/605.1', 'vigil-agent/2.3', 'curl/8.5.0', 'Firefox/133.0'];

export const actorOrg = (actor) => actor % ORGANIZATIONS;
export const actorEmail = (actor) => `u${actor}@org${actorOrg(actor)}.test`;
/** Each actor's usual address: 10.{0..3}.x.y, so 10.1.0.0/16 holds about a quarter of the actors. */
export const homeIp = (actor) => `10.${actor % 4}.${(actor >> 2) & 255}.${((actor * 7) % 250) + 1}`;

const hex = (rand, digits) => {
  let out = '';
  for (let i = 0; i < digits; i += 6)
    out += Math.floor(rand() * 0x1000000)
      .toString(16)
      .padStart(6, '0');
  return out.slice(0, digits);
};

/** One AuditEventInput (~310 bytes of JSON on average), deterministic for (rand state, i, time). */
export const makeEvent = (rand, i, occurredAtMs) => {
  const u = rand();
  let a = 0;
  while (ACTION_CDF[a] < u && a < ACTIONS.length - 1) a++;
  const [action, category] = ACTIONS[a];
  const systemAction = category === 'system';
  const actor = systemAction
    ? SERVICE_ACTORS_FROM + Math.floor(rand() * (ACTORS - SERVICE_ACTORS_FROM))
    : Math.floor(rand() * SERVICE_ACTORS_FROM);
  const isService = actor >= SERVICE_ACTORS_FROM;
  const failRoll = rand();
  const failureRate = action === 'auth.otp.failed' ? 1 : action.startsWith('auth.') ? 0.12 : 0.04;
  const outcome = failRoll < failureRate ? 'failure' : failRoll > 0.985 ? 'unknown' : 'success';
  const org = systemAction && rand() < 0.3 ? null : actorOrg(actor);
  const project = Math.floor(rand() * 10);
  const ipRoll = rand();
  const ip =
    ipRoll < 0.8
      ? homeIp(actor)
      : ipRoll < 0.95
        ? `10.${Math.floor(rand() * 4)}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`
        : `${rand() < 0.5 ? '203.0.113' : '198.51.100'}.${1 + Math.floor(rand() * 254)}`;
  const metadata = { requestId: `r_${hex(rand, 8)}` };
  const mfa = rand() < 0.7;
  if (category === 'access') metadata.mfa = mfa;
  if (rand() < 0.2) metadata.note = `${NOTE_WORDS[Math.floor(rand() * NOTE_WORDS.length)]} change`;
  const bytes = Math.floor(rand() * 5_000_000);
  if (action === 'data.export' || action === 'file.download') metadata.bytes = bytes;
  const event = {
    id: `evt_${i}`,
    occurredAt: new Date(occurredAtMs).toISOString(),
    category,
    action,
    outcome,
    actor: isService
      ? { id: `svc_${actor}`, type: 'service' }
      : {
          id: `u_${actor}`,
          email: actorEmail(actor),
          type: 'user',
          role: ROLES[actor % ROLES.length],
        },
  };
  if (org !== null) {
    // Sign-ins concern the organization; everything else a project in it.
    if (category !== 'access') {
      const projectId = `p_${org}_${project}`;
      event.target = {
        type: 'project',
        id: projectId,
        name: `${PROJECT_NAMES[(org + project) % PROJECT_NAMES.length]} ${project}`,
      };
      event.projectId = projectId;
    }
    event.organizationId = `org_${org}`;
  }
  event.ip = ip;
  event.userAgent = isService ? AGENTS[2] : AGENTS[actor % AGENTS.length];
  event.metadata = metadata;
  return event;
};

// ---------------------------------------------------------------------------------------------
// COPY text format, the columns the app stores (audit-log.service.ts EVENT_COLUMNS)

export const EVENT_COLUMNS = [
  'source',
  'seq',
  'event_id',
  'occurred_at',
  'received_at',
  'category',
  'action',
  'outcome',
  'actor_type',
  'actor_id',
  'actor_email',
  'actor_role',
  'target_type',
  'target_id',
  'target_name',
  'organization_id',
  'project_id',
  'ip',
  'user_agent',
  'metadata',
  'prev_hash',
  'hash',
];

const NEEDS_ESCAPE = /[\\\n\r\t]/;
const ESCAPES = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
export const copyText = (value) => {
  if (value === undefined || value === null) return '\\N';
  const text = String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]) : text;
};
/** bytea in COPY text format: \x<hex> with its backslash escaped. */
export const copyBytea = (buffer, offset = 0) =>
  `\\\\x${buffer.toString('hex', offset, offset + 32)}`;

/** One COPY text line for the stored event; hashes are Buffers (32 bytes at the given offsets). */
export const copyLine = (
  event,
  source,
  seq,
  receivedAt,
  prevHash,
  hash,
  prevOffset = 0,
  hashOffset = 0,
) =>
  [
    copyText(source),
    seq,
    copyText(event.id),
    event.occurredAt,
    receivedAt,
    event.category,
    copyText(event.action),
    event.outcome,
    event.actor.type,
    copyText(event.actor.id),
    copyText(event.actor.email),
    copyText(event.actor.role),
    copyText(event.target?.type),
    copyText(event.target?.id),
    copyText(event.target?.name),
    copyText(event.organizationId),
    copyText(event.projectId),
    copyText(event.ip),
    copyText(event.userAgent),
    event.metadata === undefined ? '\\N' : copyText(JSON.stringify(event.metadata)),
    copyBytea(prevHash, prevOffset),
    copyBytea(hash, hashOffset),
  ].join('\t') + '\n';

// ---------------------------------------------------------------------------------------------
// The hash chain, reimplemented from apps/api/src/modules/audit-events/audit-chain.ts and
// libs/domain/src/canonical-json.ts (for seeding a verifiable chain by COPY).

export const GENESIS_HASH = Buffer.alloc(32);

export const canonicalJson = (value) => {
  if (value === null || typeof value === 'boolean' || typeof value === 'string')
    return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError('canonical JSON has no form for NaN or Infinity');
    return JSON.stringify(value);
  }
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
  }
  throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
};

/**
 * `audit_event` COPY rows for events [from, from + count) of `total`, spread evenly over
 * `spanMs` from `startMs`, in chunks of 2,000: ten million rows never sit in memory. `seqs` holds
 * each source's last seq, so a set seeded in several calls keeps its chains gap-free.
 */
export function* auditEventCopyRows(
  rand,
  { from = 0, count, total = from + count, startMs, spanMs, seqs = new Map() },
) {
  const CHUNK = 2000;
  for (let base = from; base < from + count; base += CHUNK) {
    const size = Math.min(CHUNK, from + count - base);
    const hashes = randomBytes(64 * size);
    let lines = '';
    for (let j = 0; j < size; j++) {
      const i = base + j;
      const occurredMs = startMs + Math.floor(((i + rand()) * spanMs) / total);
      const event = makeEvent(rand, i, occurredMs);
      const source = event.organizationId
        ? `bench-app-${Number(event.organizationId.slice(4)) % 10}`
        : 'bench-app-sys';
      const seq = (seqs.get(source) ?? 0) + 1;
      seqs.set(source, seq);
      const receivedAt = new Date(occurredMs + Math.floor(rand() * 3000)).toISOString();
      lines += copyLine(event, source, seq, receivedAt, hashes, hashes, 64 * j, 64 * j + 32);
    }
    yield Buffer.from(lines);
  }
}

/** The first instant of each UTC month from `fromMs`'s to `toMs`'s, as ISO strings (partitions). */
export const monthsBetween = (fromMs, toMs) => {
  const months = [];
  const d = new Date(fromMs);
  let y = d.getUTCFullYear();
  let m = d.getUTCMonth();
  const end = new Date(toMs);
  while (y < end.getUTCFullYear() || (y === end.getUTCFullYear() && m <= end.getUTCMonth())) {
    months.push(new Date(Date.UTC(y, m, 1)).toISOString());
    if (++m === 12) [m, y] = [0, y + 1];
  }
  return months;
};

/** hash = SHA-256(prevHash ‖ canonical JSON of the stored event) */
export const chainHash = (prevHash, event, source, seq, receivedAt) =>
  createHash('sha256')
    .update(prevHash)
    .update(
      canonicalJson({
        source,
        seq,
        id: event.id,
        occurredAt: event.occurredAt,
        receivedAt,
        category: event.category,
        action: event.action,
        outcome: event.outcome,
        actor: event.actor,
        target: event.target,
        organizationId: event.organizationId,
        projectId: event.projectId,
        ip: event.ip,
        userAgent: event.userAgent,
        metadata: event.metadata,
      }),
      'utf8',
    )
    .digest();

// ---------------------------------------------------------------------------------------------
// An SMTP sink in the bench process: a minimal SMTP server on node:net that answers at once, like
// a relay on the same host. (The `smtp-server` package the tests use holds every connection 100 ms
// before its greeting — "early talker" detection, no option to turn it off — and the API opens one
// connection per message, so it would add ≥ 100 ms to every email; `greetingDelayMs` puts such a
// delay back on purpose.) Each message goes to `onMessage(text, recipients)`; closed at cleanup.

export const startSmtpSink = async ({ onMessage, greetingDelayMs = 0 }) => {
  const sockets = new Set();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.setNoDelay(true);
    let buffer = '';
    let inData = false;
    let rcpt = [];
    const reply = (text) => {
      if (!socket.destroyed) socket.write(text);
    };
    const onData = (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.startsWith('.\r\n') ? 0 : buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          onMessage(buffer.slice(0, end), rcpt);
          buffer = buffer.slice(end === 0 ? 3 : end + 5);
          inData = false;
          rcpt = [];
          reply('250 2.0.0 Ok: queued\r\n');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO')
          reply('250-bench-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n');
        else if (verb === 'HELO' || verb === 'NOOP' || verb === 'RSET') {
          if (verb === 'RSET') rcpt = [];
          reply('250 Ok\r\n');
        } else if (verb === 'MAIL') {
          rcpt = [];
          reply('250 2.1.0 Ok\r\n');
        } else if (verb === 'RCPT') {
          const address = /<([^>]*)>/.exec(line)?.[1] ?? line.slice(8).trim();
          rcpt.push(address.toLowerCase());
          reply('250 2.1.5 Ok\r\n');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>\r\n');
        } else if (verb === 'QUIT') {
          reply('221 2.0.0 Bye\r\n');
          socket.end();
          return;
        } else reply('502 5.5.2 Command not recognized\r\n');
      }
    };
    const greet = () => {
      reply('220 bench-sink ESMTP\r\n');
      socket.on('data', onData);
    };
    if (greetingDelayMs > 0) setTimeout(greet, greetingDelayMs);
    else greet();
  });
  server.on('error', (error) => console.error(`SMTP sink: ${error.message}`));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  onCleanup(
    () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
  return { url: `smtp://127.0.0.1:${port}` };
};

// ---------------------------------------------------------------------------------------------
// SNS: alarm notifications signed with the test certificate the API is pointed at

/** The topic and certificate folder to give the API (SNS_TOPIC_ARNS, SNS_CERT_DIR). */
export const SNS_TOPIC = 'arn:aws:sns:ca-central-1:123456789012:vigil-bench-alarms';
export const SNS_CERT_DIR = path.join(ROOT, 'apps/api/test/fixtures/sns');
const SNS_CERT_URL = 'https://sns.ca-central-1.amazonaws.com/SimpleNotificationService-test.pem';
let snsKey = null;

/** A CloudWatch alarm notification to `state` for an RDS instance, signed as SNS signs (v2). */
export const signedAlarmNotification = (alarmName, state, at, dbInstance) => {
  snsKey ??= readFileSync(path.join(SNS_CERT_DIR, 'SimpleNotificationService-test.key'), 'utf8');
  const account = '123456789012';
  const message = {
    Type: 'Notification',
    MessageId: randomUUID(),
    TopicArn: SNS_TOPIC,
    Subject: `${state}: "${alarmName}" in Canada (Central)`,
    Message: JSON.stringify({
      AlarmName: alarmName,
      AlarmDescription: null,
      AWSAccountId: account,
      AlarmArn: `arn:aws:cloudwatch:ca-central-1:${account}:alarm:${alarmName}`,
      NewStateValue: state,
      NewStateReason:
        state === 'ALARM'
          ? 'Threshold Crossed: 1 datapoint [97.5] was greater than the threshold (90.0).'
          : 'Threshold Crossed: 1 datapoint [12.0] was not greater than the threshold (90.0).',
      StateChangeTime: at.toISOString().replace('Z', '+0000'),
      Region: 'Canada (Central)',
      OldStateValue: state === 'ALARM' ? 'OK' : 'ALARM',
      Trigger: {
        MetricName: 'CPUUtilization',
        Namespace: 'AWS/RDS',
        StatisticType: 'Statistic',
        Statistic: 'AVERAGE',
        Dimensions: [{ value: dbInstance, name: 'DBInstanceIdentifier' }],
        Period: 60,
        EvaluationPeriods: 1,
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 90,
      },
    }),
    Timestamp: at.toISOString(),
    SignatureVersion: '2',
    SigningCertURL: SNS_CERT_URL,
    UnsubscribeURL:
      'https://sns.ca-central-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=bench',
  };
  const text = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type']
    .map((key) => `${key}\n${message[key]}\n`)
    .join('');
  message.Signature = sign('sha256', Buffer.from(text, 'utf8'), snsKey).toString('base64');
  return JSON.stringify(message);
};
