#!/usr/bin/env node
// The dashboard's performance budget (issue 8): JavaScript per route (gzipped, first visit) against
// the 250 KB floor for the first route, then, in Chromium against the built API with a large
// seeded data set (1,000,000 audit events, 10,000 incidents), the time from navigation start to a
// usable overview, incident list and audit log, with a scroll probe on the two lists. Beside it,
// in the same run: Chromium on a bare Node http server (the browser's floor) and the same API JSON
// fetched directly from Node (the server's share).
//
//   node bench/web.mjs [--events 1000000] [--incidents 10000] [--runs 5] [--keep]
//
// Needs the built API (npx nx run-many -t build -p api), /usr/bin/chromium, Postgres on
// 127.0.0.1:5432 (trust auth, or BENCH_DATABASE_URL) and Redis on 127.0.0.1:6379. Builds the web
// app into a temporary directory with a Vite manifest (the app's build config is untouched) and
// serves that build; creates and drops its own database.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import copyStreams from 'pg-copy-streams';
import {
  auditEventCopyRows,
  benchEnv,
  checkBuilt,
  closeAgents,
  connect,
  cpuDelta,
  cpuSeconds,
  cpuSnapshot,
  createDatabase,
  DAY_MS,
  describeBuild,
  describeCpu,
  EVENT_COLUMNS,
  fmt,
  monthsBetween,
  onCleanup,
  ORGANIZATIONS,
  parseArgs,
  prng,
  request,
  resetAgent,
  ROOT,
  run,
  runCli,
  secretFrom,
  serverInfo,
  sleep,
  startApi,
  startSmtpSink,
  step,
  summarize,
  table,
} from './lib.mjs';

const FIRST_ROUTE_FLOOR_KB = 250;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
const VIEWPORT = { width: 1440, height: 900 };
const ADMIN = 'admin@bench.test';

const args = parseArgs({
  events: { type: 'int', default: 1_000_000, min: 0, help: 'audit events seeded by COPY' },
  incidents: {
    type: 'int',
    default: 10_000,
    min: 0,
    help: 'incidents (cloned from API-made ones)',
  },
  runs: { type: 'int', default: 5, help: 'measured cold loads per page' },
  'span-days': { type: 'int', default: 30, help: 'days the audit events are spread over' },
  'usable-floor-ms': {
    type: 'int',
    default: 2000,
    help: 'floor for the overview: p50 navigation start → usable',
  },
  'scroll-steps': { type: 'int', default: 150, help: 'steps of the scroll probe (600 px each)' },
  build: {
    type: 'string',
    default: 'manifest',
    choices: ['manifest', 'dist'],
    help: 'manifest: vite build into a temp dir; dist: measure dist/web as it is',
  },
  browser: {
    type: 'bool',
    default: true,
    help: 'run the Chromium part (--browser=false: sizes only)',
  },
  seed: { type: 'int', default: 11, min: 0, help: 'PRNG seed' },
  keep: { type: 'bool', default: false, help: 'keep the database (and DATA_DIR) for inspection' },
});

const kb = (bytes) => fmt(bytes / 1024, 1);
const ms = (v) => (Number.isFinite(v) ? fmt(v, v < 10 ? 1 : 0) : '-');
const median = (values) => summarize(values).p50;

// ---------------------------------------------------------------------------------------------
// 1. Bundle sizes per route

/** Runs a command (no shell), output kept; rejects with its tail on a non-zero exit. */
const runCommand = (cmd, argv, { timeoutMs = 600_000, env = process.env } = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const kill = () => child.kill('SIGKILL');
    onCleanup(kill);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${argv.join(' ')} exited ${code}:\n${out.slice(-3000)}`));
    });
  });

/** The routes of apps/web/src/app/router.tsx: path → the lazy modules a first visit renders. */
const readRoutes = () => {
  const source = readFileSync(path.join(ROOT, 'apps/web/src/app/router.tsx'), 'utf8');
  const lazyModules = new Map(); // component → module specifier
  for (const m of source.matchAll(/const (\w+) = lazy\(\(\) =>\s*import\('([^']+)'\)/g))
    lazyModules.set(m[1], m[2]);
  const routes = [];
  const add = (route, components) => {
    const modules = components.map((c) => lazyModules.get(c)).filter(Boolean);
    if (modules.length) routes.push({ route, components, modules });
  };
  const index = /index: true,\s*element:\s*\(\s*<RequireArea[^>]*>\s*<(\w+)/.exec(source);
  if (index) add('/', [index[1]]);
  const settings = /page\('settings',\s*'[^']+',\s*<(\w+)/.exec(source)?.[1];
  for (const m of source.matchAll(/(?<!\w)page\('([^']+)',\s*'[^']+',\s*<(\w+)/g))
    add(`/${m[1]}`, [m[2]]);
  for (const m of source.matchAll(/settingsTab\('([^']+)',\s*<(\w+)/g))
    add(`/settings/${m[1]}`, settings ? [settings, m[2]] : [m[2]]);
  for (const m of source.matchAll(/path: '(\/[^']+)',\s*element: <(\w+)/g)) add(m[1], [m[2]]);
  return { routes, lazyCount: lazyModules.size };
};

/** The chunk graph from a Vite manifest: file → { imports, dynamicImports, css }. */
const graphFromManifest = (outDir) => {
  const manifestPath = ['.vite/manifest.json', 'manifest.json']
    .map((p) => path.join(outDir, p))
    .find(existsSync);
  if (!manifestPath) throw new Error(`no manifest under ${outDir}`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const file = (key) => manifest[key]?.file;
  const nodes = new Map();
  let entry = null;
  const bySource = new Map();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    nodes.set(chunk.file, {
      imports: (chunk.imports ?? []).map(file).filter(Boolean),
      dynamicImports: (chunk.dynamicImports ?? []).map(file).filter(Boolean),
      css: chunk.css ?? [],
    });
    if (chunk.isEntry) entry = chunk.file;
    if (chunk.src) bySource.set(chunk.src, chunk.file);
  }
  // The entry's own stylesheet(s), from index.html (the manifest lists them under the entry too).
  const moduleFile = (specifier) => {
    // '../features/overview/overview-page' from src/app/router.tsx → src/features/overview/overview-page.tsx
    const base = path.posix.normalize(path.posix.join('src/app', specifier));
    for (const ext of ['.tsx', '.ts', '/index.tsx', '/index.ts'])
      if (bySource.has(base + ext)) return bySource.get(base + ext);
    return null;
  };
  return { nodes, entry, moduleFile, source: 'Vite manifest' };
};

/** The chunk graph by reading the built files: static `import … from "./x.js"`, `import("./x.js")`. */
const graphFromFiles = (outDir) => {
  const assets = path.join(outDir, 'assets');
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const entryName = /<script type="module"[^>]*src="\/?assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entryName) throw new Error(`no module script in ${outDir}/index.html`);
  const entryCss = [
    ...html.matchAll(/<link rel="stylesheet"[^>]*href="\/?(assets\/[^"]+\.css)"/g),
  ].map((m) => m[1]);
  const nodes = new Map();
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const code = readFileSync(path.join(assets, name), 'utf8');
    const imports = new Set();
    for (const m of code.matchAll(
      /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([^"']+\.js)["']/g,
    ))
      imports.add(`assets/${m[1]}`);
    const dynamicImports = new Set();
    for (const m of code.matchAll(/import\(\s*["']\.\/([^"']+\.js)["']\s*\)/g))
      dynamicImports.add(`assets/${m[1]}`);
    nodes.set(`assets/${name}`, {
      imports: [...imports],
      dynamicImports: [...dynamicImports].filter((f) => !imports.has(f)),
      css: name === entryName ? entryCss : [],
    });
  }
  const files = [...nodes.keys()];
  const moduleFile = (specifier) => {
    const base = path.posix.basename(specifier);
    return files.find((f) => new RegExp(`^assets/${base}-[\\w-]{8}\\.js$`).test(f)) ?? null;
  };
  return {
    nodes,
    entry: `assets/${entryName}`,
    moduleFile,
    source: 'parsed from the built files (CSS of lazy chunks not counted)',
  };
};

const closure = (graph, roots) => {
  const seen = new Set();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop();
    if (!file || seen.has(file)) continue;
    seen.add(file);
    for (const next of graph.nodes.get(file)?.imports ?? []) stack.push(next);
  }
  return seen;
};

const sizeCache = new Map();
const sizes = (outDir, file) => {
  if (!sizeCache.has(file)) {
    const raw = readFileSync(path.join(outDir, file));
    sizeCache.set(file, {
      raw: raw.length,
      gz: zlib.gzipSync(raw, { level: 9 }).length,
      br: zlib.brotliCompressSync(raw, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    });
  }
  return sizeCache.get(file);
};
const total = (outDir, files, key) => [...files].reduce((n, f) => n + sizes(outDir, f)[key], 0);
const short = (file) => path.basename(file).replace(/-[\w-]{8}\.(js|css)$/, '');

const buildWeb = async () => {
  const distWeb = path.join(ROOT, 'dist/web');
  if (args.build === 'manifest') {
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-web-'));
    onCleanup(() => rmSync(outDir, { recursive: true, force: true }));
    step(`building the web app with a manifest into ${outDir} (the app's build config untouched)…`);
    const t0 = performance.now();
    try {
      await runCommand(process.execPath, [
        path.join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'apps/web/vite.config.ts',
        '--manifest',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ]);
      console.log(`  built in ${fmt((performance.now() - t0) / 1000, 1)} s`);
      return { outDir, graph: graphFromManifest(outDir) };
    } catch (error) {
      console.log(
        `  the build failed (someone editing apps/web right now?): ${error.message.split('\n').slice(0, 6).join(' | ')}`,
      );
      console.log('  falling back to dist/web');
    }
  }
  if (!existsSync(path.join(distWeb, 'index.html'))) {
    step('dist/web is missing: npx nx run web:build…');
    await runCommand('npx', ['nx', 'run', 'web:build'], {
      env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
    });
  }
  return { outDir: distWeb, graph: graphFromFiles(distWeb) };
};

const measureBundles = async () => {
  const { outDir, graph } = await buildWeb();
  const { routes, lazyCount } = readRoutes();
  const shell = closure(graph, [graph.entry]);
  const shellCss = new Set([...shell].flatMap((f) => graph.nodes.get(f)?.css ?? []));
  const rows = [];
  const later = new Map(); // lazy chunks a route asks for after its first render
  const laterClosure = new Map(); // … and what each brings that the route had not loaded
  const results = [];
  for (const r of routes) {
    const roots = r.modules.map(graph.moduleFile);
    if (roots.some((f) => !f)) {
      rows.push([r.route, 'chunk not found', '', '', '', '', '', '', '', '', '']);
      continue;
    }
    const own = new Set([...closure(graph, roots)].filter((f) => !shell.has(f)));
    const firstLoad = new Set([...shell, ...own]);
    const css = new Set([...firstLoad].flatMap((f) => graph.nodes.get(f)?.css ?? []));
    // Dynamic imports of the route's own chunks (not of the shell: those are the other routes).
    const dynamic = new Set(
      [...own]
        .flatMap((f) => graph.nodes.get(f)?.dynamicImports ?? [])
        .filter((f) => !firstLoad.has(f)),
    );
    const lazyFiles = new Set([...closure(graph, [...dynamic])].filter((f) => !firstLoad.has(f)));
    for (const f of dynamic) later.set(f, (later.get(f) ?? new Set()).add(r.route));
    for (const f of dynamic)
      laterClosure.set(
        f,
        [...closure(graph, [f])].filter((x) => !firstLoad.has(x)),
      );
    const firstGz = total(outDir, firstLoad, 'gz');
    const over = firstGz > FIRST_ROUTE_FLOOR_KB * 1024;
    const withLazy = firstGz + total(outDir, lazyFiles, 'gz');
    const lazyOver = withLazy > FIRST_ROUTE_FLOOR_KB * 1024;
    const verdict =
      (r.route === '/' ? (over ? 'FAIL' : 'PASS') : over ? 'OVER' : '') +
      (!over && lazyOver ? ' (OVER with lazy)' : '');
    results.push({ route: r.route, firstGz, over, withLazy, lazyOver });
    rows.push([
      r.route,
      firstLoad.size,
      kb(total(outDir, shell, 'gz')),
      kb(total(outDir, own, 'gz')),
      kb(firstGz),
      kb(total(outDir, firstLoad, 'br')),
      kb(total(outDir, firstLoad, 'raw')),
      css.size ? kb(total(outDir, css, 'gz')) : '-',
      lazyFiles.size
        ? `${kb(total(outDir, lazyFiles, 'gz'))} (${[...dynamic].map(short).join(', ')})`
        : '-',
      kb(withLazy),
      verdict,
    ]);
  }
  console.log(
    `\n=== JavaScript per route, first visit (KB = 1,024 bytes; graph: ${graph.source}) ===`,
  );
  console.log(
    `${routes.length} routes over ${lazyCount} lazy modules in router.tsx; shell = the entry chunk + its static imports: ` +
      [...shell].map((f) => `${short(f)} ${kb(sizes(outDir, f).gz)}`).join(', ') +
      ` (KB gz); shell CSS ${kb(total(outDir, shellCss, 'gz'))} KB gz`,
  );
  console.log(
    table(
      [
        'route',
        'chunks',
        'shell gz',
        'route-own gz',
        'first-load gz',
        'first-load br',
        'raw',
        'CSS gz',
        'then lazily, gz (chunks)',
        'with lazy gz',
        `first-load ≤ ${FIRST_ROUTE_FLOOR_KB} KB`,
      ],
      rows,
    ),
  );
  const biggest = [...graph.nodes.keys()]
    .map((f) => [f, sizes(outDir, f)])
    .sort((a, b) => b[1].gz - a[1].gz)
    .slice(0, 8);
  console.log(
    `largest chunks (gz): ${biggest.map(([f, s]) => `${short(f)} ${kb(s.gz)}`).join(', ')}`,
  );
  if (later.size) {
    console.log('loaded after the route first renders (lazy imports inside route chunks):');
    for (const [f, who] of later)
      console.log(
        `  ${short(f).padEnd(22)} ${kb(sizes(outDir, f).gz).padStart(6)} KB gz itself, ${kb(total(outDir, laterClosure.get(f), 'gz')).padStart(6)} KB gz with its imports (${laterClosure
          .get(f)
          .map(short)
          .join(', ')}), by ${[...who].join(', ')}`,
      );
  }
  const first = results.find((r) => r.route === '/');
  return { outDir, first, over: results.filter((r) => r.over), routes: results };
};

// ---------------------------------------------------------------------------------------------
// 2a. Seeding: organizations, audit events by COPY, incidents cloned from API-made templates

const api = async (port, token, method, pathname, body) => {
  const res = await request(port, method, pathname, {
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    timeoutMs: 60_000,
  });
  if (res.status >= 300)
    throw Object.assign(
      new Error(`${method} ${pathname}: ${res.status} ${res.text.slice(0, 300)}`),
      {
        status: res.status,
      },
    );
  return res.json;
};

const TITLES = [
  'Credential stuffing against the client portal',
  'Ransomware note on a file server',
  'Phishing: finance mailbox compromised',
  'Misdirected email with client records',
  'Exposed S3 bucket with backups',
  'Lost laptop, disk encrypted',
  'Suspicious admin sign-ins from a new country',
  'API key leaked in a public repository',
  'Vendor breach notification received',
  'Database dump offered for sale',
  'Malware on a support workstation',
  'Privilege escalation in the billing service',
];
const LIFECYCLE = ['triage', 'contained', 'eradicated', 'recovered', 'closed'];

/**
 * Incidents through the API (the app writes what it writes: obligations, reminders, timeline,
 * affected clients), then cloned in SQL to N with new ids, titles and shifted times. Of 20
 * templates 3 stay open (detected, triage, contained), 17 are closed: ~15% of N open.
 */
const seedIncidents = async (db, port, adminToken, count) => {
  const templates = [];
  const finals = ['detected', 'triage', 'contained', ...Array(17).fill('closed')];
  for (let i = 0; i < finals.length; i++) {
    const detectedAt = new Date(Date.now() - (2 + i) * 3_600_000).toISOString();
    const incident = await api(port, adminToken, 'POST', '/api/v1/incidents', {
      title: TITLES[i % TITLES.length],
      summary: 'Seeded by bench/web.mjs.',
      severity: `SEV${1 + (i % 4)}`,
      category: ['phishing', 'malware', 'data-leak', 'access'][i % 4],
      detectedAt,
      awareAt: detectedAt,
      organizationIds: Array.from(
        { length: 1 + (i % 3) },
        (_, k) => `org_${(i * 3 + k) % ORGANIZATIONS}`,
      ),
    });
    let reached = 'detected';
    for (const to of LIFECYCLE.slice(0, LIFECYCLE.indexOf(finals[i]) + 1)) {
      try {
        await api(port, adminToken, 'POST', `/api/v1/incidents/${incident.id}/transitions`, { to });
        reached = to;
      } catch (error) {
        console.log(
          `  template ${i}: ${reached} → ${to} refused (${error.message.slice(0, 160)}); kept at ${reached}`,
        );
        break;
      }
    }
    templates.push({ id: incident.id, open: !['closed', 'false_positive'].includes(reached) });
  }
  const clones = Math.max(0, count - templates.length);
  if (!clones) return { templates: templates.length, clones: 0 };

  const columns = async (tableName) =>
    (
      await db.query(
        `SELECT column_name AS name, data_type AS type, is_identity = 'YES' OR is_generated = 'ALWAYS' AS generated
           FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
        [tableName],
      )
    ).rows;
  /** INSERT INTO t (cols) SELECT <mapped> FROM t JOIN <map>: timestamps shifted, ids mapped. */
  const cloneSql = async (tableName, from, overrides) => {
    const cols = (await columns(tableName)).filter((c) => !c.generated);
    const list = cols.map((c) => c.name);
    const exprs = cols.map(
      (c) =>
        overrides[c.name] ??
        (c.type === 'timestamp with time zone' ? `t.${c.name} - m.shift` : `t.${c.name}`),
    );
    return `INSERT INTO ${tableName} (${list.join(', ')}) SELECT ${exprs.join(', ')} ${from}`;
  };

  await db.query('BEGIN');
  try {
    await db.query('SELECT setseed(0.4242)');
    await db.query(
      `CREATE TEMP TABLE bench_incident_map ON COMMIT DROP AS
      SELECT g AS n, tpl.id AS src, gen_random_uuid() AS dst,
             make_interval(secs => floor(random() * CASE WHEN tpl.open THEN 14 ELSE 365 END * 86400)::int) AS shift
        FROM generate_series(1, ${clones}) g
        JOIN unnest($1::uuid[], $2::boolean[]) WITH ORDINALITY AS tpl (id, open, k) ON tpl.k = 1 + (g % ${templates.length})`,
      [templates.map((t) => t.id), templates.map((t) => t.open)],
    );
    const titles = `(ARRAY[${TITLES.map((t) => `'${t.replace(/'/g, "''")}'`).join(', ')}])[1 + ((m.n * 7) % ${TITLES.length})] || ' — ' || m.n`;
    await db.query(
      await cloneSql('incident', 'FROM bench_incident_map m JOIN incident t ON t.id = m.src', {
        id: 'm.dst',
        title: titles,
      }),
    );
    await db.query(
      await cloneSql(
        'incident_organization',
        'FROM bench_incident_map m JOIN incident_organization t ON t.incident_id = m.src',
        { incident_id: 'm.dst' },
      ),
    );
    await db.query(
      await cloneSql(
        'incident_timeline',
        'FROM bench_incident_map m JOIN incident_timeline t ON t.incident_id = m.src',
        {
          incident_id: 'm.dst',
        },
      ),
    );
    await db.query(`CREATE TEMP TABLE bench_obligation_map ON COMMIT DROP AS
      SELECT o.id AS src, m.dst AS incident, gen_random_uuid() AS dst, m.shift
        FROM bench_incident_map m JOIN obligation o ON o.incident_id = m.src`);
    await db.query(
      await cloneSql(
        'obligation',
        'FROM bench_obligation_map m JOIN obligation t ON t.id = m.src',
        {
          id: 'm.dst',
          incident_id: 'm.incident',
        },
      ),
    );
    await db.query(
      await cloneSql(
        'obligation_reminder',
        'FROM bench_obligation_map m JOIN obligation_reminder t ON t.obligation_id = m.src',
        { id: 'gen_random_uuid()', obligation_id: 'm.dst' },
      ),
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK').catch(() => {});
    throw error;
  }
  await db.query(
    'ANALYZE incident, incident_organization, incident_timeline, obligation, obligation_reminder',
  );
  const {
    rows: [c],
  } = await db.query(`SELECT (SELECT count(*) FROM incident)::int AS incidents,
      (SELECT count(*) FROM incident WHERE status NOT IN ('closed', 'false_positive'))::int AS open,
      (SELECT count(*) FROM obligation)::int AS obligations,
      (SELECT count(*) FROM obligation WHERE status = 'pending')::int AS pending,
      (SELECT count(*) FROM obligation_reminder)::int AS reminders,
      (SELECT count(*) FROM incident_timeline)::int AS timeline`);
  return { templates: templates.length, clones, ...c };
};

// ---------------------------------------------------------------------------------------------
// Sign-in: the API mails a one-time code to an SMTP sink in this process.

const startMailSink = async () => {
  const mails = [];
  const { url } = await startSmtpSink({
    onMessage: (raw, rcpt) => mails.push({ to: rcpt, raw, at: Date.now() }),
  });
  return { url, mails };
};

const signIn = async (port, sink, email) => {
  const since = Date.now();
  const json = { 'content-type': 'application/json' };
  const asked = await request(port, 'POST', '/api/v1/auth/otp', {
    headers: json,
    body: JSON.stringify({ email }),
  });
  if (asked.status !== 202) throw new Error(`POST /auth/otp: ${asked.status} ${asked.text}`);
  let code;
  for (const until = Date.now() + 20_000; !code && Date.now() < until; await sleep(100)) {
    const mail = sink.mails.filter((m) => m.at >= since && m.to.includes(email)).at(-1);
    code = mail && /code is (\d{6})/.exec(mail.raw.replace(/=\r?\n/g, ''))?.[1];
  }
  if (!code) throw new Error(`no sign-in code mailed to ${email} within 20 s`);
  const verified = await request(port, 'POST', '/api/v1/auth/otp/verify', {
    headers: json,
    body: JSON.stringify({ email, code }),
  });
  const cookie = [verified.headers['set-cookie'] ?? []].flat()[0];
  if (verified.status !== 200 || !cookie)
    throw new Error(`POST /auth/otp/verify: ${verified.status} ${verified.text}`);
  const [name, value] = cookie.split(';')[0].split('=');
  return { name, value };
};

// ---------------------------------------------------------------------------------------------
// 2b. Chromium

/** CPU seconds of a process and all its descendants (Chromium's browser, GPU, renderers…). */
const treeCpuSeconds = (rootPid) => {
  const children = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // gone
    }
  }
  let seconds = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    const s = cpuSeconds(pid);
    if (Number.isFinite(s)) seconds += s;
    stack.push(...(children.get(pid) ?? []));
  }
  return seconds;
};
/** Chromium processes started by this script: children of this process named chrom*. */
const chromiumCpu = () => {
  let seconds = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && /chrom/i.test(name)) seconds += treeCpuSeconds(Number(entry));
    } catch {
      // gone
    }
  }
  return seconds;
};

/** "Usable" per page, evaluated in the page each animation frame (see the README). */
const PAGES = {
  overview: {
    path: '/',
    usable: () => {
      const cards = [...document.querySelectorAll('.overview__stats .stat-card')];
      if (cards.length < 3) return false;
      if (!cards.every((c) => c.querySelector('.stat-card__value, .card-problem'))) return false;
      const next = [...document.querySelectorAll('section.card')].find(
        (s) => s.querySelector('.card__title')?.textContent === 'Next deadlines',
      );
      return Boolean(
        next &&
        !next.querySelector('[aria-busy="true"]') &&
        next.querySelector('table.next-deadlines tbody tr, .empty-state, .error-state'),
      );
    },
  },
  incidents: {
    path: '/incidents',
    usable: () =>
      Boolean(
        document.querySelector(
          '[role="grid"] [role="row"][data-index], main .empty-state, main .error-state',
        ),
      ),
  },
  'incidents (all)': {
    path: '/incidents?all=1',
    usable: () =>
      Boolean(
        document.querySelector(
          '[role="grid"] [role="row"][data-index], main .empty-state, main .error-state',
        ),
      ),
  },
  audit: {
    path: '/audit',
    usable: () =>
      Boolean(
        document.querySelector(
          '[role="grid"] [role="row"][data-index], main .empty-state, main .error-state',
        ),
      ),
  },
};

const settledFn = () => !document.querySelector('main [aria-busy="true"]');

/**
 * Installed before any page script (CDP, so the app's CSP, which forbids eval, does not apply):
 * long tasks from navigation start, and a requestAnimationFrame loop that stamps the first frame
 * at which the page's "usable" predicate holds (window.__bench.usableAt, ms since navigation
 * start), then the first at which nothing in <main> is still loading (settledAt).
 */
const initScript = (usable) => `(() => {
  const bench = (window.__bench = { longTasks: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.noLongTask = true;
  }
  const usable = ${usable ? usable.toString() : '() => false'};
  const settled = ${settledFn.toString()};
  const loop = () => {
    try {
      if (bench.usableAt === undefined && document.body && usable()) bench.usableAt = performance.now();
      if (bench.usableAt !== undefined && bench.settledAt === undefined && settled()) bench.settledAt = performance.now();
    } catch (error) {
      bench.error = String(error);
    }
    if (bench.settledAt === undefined) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
})();`;

/** Polls the page (from Node: page.waitForFunction evaluates strings, which the CSP forbids). */
const waitForStamp = async (page, key, timeoutMs) => {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = await page
      .evaluate((k) => (window.__bench ? (window.__bench[k] ?? null) : null), key)
      .catch(() => null);
    if (value !== null) return value;
    await sleep(25);
  }
  return null;
};

/** Reads what the page did since navigation start; `usableAt` is set by the predicate. */
const collect = () => {
  const resources = performance.getEntriesByType('resource');
  const js = resources.filter((r) => /\.js(\?|$)/.test(r.name));
  const css = resources.filter((r) => /\.css(\?|$)/.test(r.name));
  const apiCalls = resources.filter((r) => new URL(r.name).pathname.startsWith('/api/'));
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
  const usableAt = window.__bench.usableAt ?? null;
  const tasks = window.__bench.longTasks;
  const before = tasks.filter((t) => usableAt === null || t.start < usableAt);
  return {
    usableAt,
    settledAt: window.__bench.settledAt ?? null,
    fcp,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    load: nav?.loadEventEnd ?? null,
    jsCount: js.length,
    jsTransfer: js.reduce((n, r) => n + r.transferSize, 0),
    jsEncoded: js.reduce((n, r) => n + r.encodedBodySize, 0),
    jsDecoded: js.reduce((n, r) => n + r.decodedBodySize, 0),
    jsEnd: Math.max(0, ...js.map((r) => r.responseEnd)),
    cssTransfer: css.reduce((n, r) => n + r.transferSize, 0),
    api: apiCalls.map((r) => ({
      path: new URL(r.name).pathname + new URL(r.name).search,
      start: r.startTime,
      ms: r.duration,
      bytes: r.encodedBodySize,
    })),
    longTaskCount: before.length,
    longTaskMs: before.reduce((n, t) => n + t.duration, 0),
    longTaskMax: Math.max(0, ...before.map((t) => t.duration)),
    noLongTask: Boolean(window.__bench.noLongTask),
    domNodes: document.getElementsByTagName('*').length,
    errors: [
      ...document.querySelectorAll('main [role="alert"], main .card-problem, main .error-state'),
    ]
      .map((e) => e.textContent.trim().slice(0, 120))
      .filter(Boolean),
  };
};

const newContext = async (browser, baseURL, cookie, usable) => {
  const context = await browser.newContext({ baseURL, viewport: VIEWPORT });
  if (cookie)
    await context.addCookies([
      { name: cookie.name, value: cookie.value, url: baseURL, httpOnly: true, sameSite: 'Strict' },
    ]);
  await context.addInitScript(initScript(usable));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  return { context, page, problems };
};

/** One cold load (fresh context: no cache, no storage): navigation start → usable → settled. */
const coldLoad = async (browser, baseURL, cookie, spec, { keepOpen = false } = {}) => {
  const { context, page, problems } = await newContext(browser, baseURL, cookie, spec.usable);
  try {
    await page.goto(spec.path, { waitUntil: 'commit', timeout: 60_000 });
    if ((await waitForStamp(page, 'usableAt', 120_000)) === null) {
      const error = await page.evaluate(() => window.__bench?.error ?? null).catch(() => null);
      throw new Error(
        `${spec.path} was not usable after 120 s${error ? ` (predicate: ${error})` : ''}; ${problems.slice(0, 3).join(' | ')}`,
      );
    }
    await waitForStamp(page, 'settledAt', 60_000);
    // Let requests that started before "usable" finish, for the transfer sizes.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    const result = await page.evaluate(collect);
    result.problems = problems;
    if (keepOpen) return { result, page, context };
    return { result };
  } finally {
    if (!keepOpen) await context.close();
  }
};

/** rAF deltas while the page scrolls its list in steps of 600 px, one step every other frame. */
const SCROLL_PROBE = async ({ steps, idleOnly }) => {
  const scrollable = (el) => {
    for (let e = el; e && e !== document.body; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (/(auto|scroll)/.test(style.overflowY) && e.scrollHeight > e.clientHeight + 1) return e;
    }
    return document.scrollingElement;
  };
  const list =
    document.querySelector('.vtable') ??
    document.querySelector('table.incident-table, table') ??
    document.body.lastElementChild;
  const scroller = idleOnly ? document.scrollingElement : scrollable(list);
  const deltas = [];
  let last = null;
  let running = true;
  const tick = (t) => {
    if (last !== null) deltas.push(t - last);
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const t0 = performance.now();
  let bottomHits = 0;
  for (let i = 0; i < steps; i++) {
    if (!idleOnly) scroller.scrollTop += 600;
    await frame();
    await frame();
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) bottomHits += 1;
  }
  running = false;
  const wall = performance.now() - t0;
  const sorted = [...deltas].sort((a, b) => a - b);
  const vsync = sorted[Math.floor(sorted.length / 2)] || 16.7;
  const grid = document.querySelector('[role="grid"]');
  return {
    scroller:
      scroller === document.scrollingElement
        ? 'window'
        : `.${[...scroller.classList].join('.') || scroller.tagName}`,
    frames: deltas.length,
    wall,
    vsync,
    longest: sorted.at(-1) ?? 0,
    p95: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
    dropped: deltas.reduce((n, d) => n + Math.max(0, Math.round(d / vsync) - 1), 0),
    over50: deltas.filter((d) => d > 50).length,
    reachedBottom: bottomHits > 0,
    scrollHeight: scroller.scrollHeight,
    rowsLoaded: grid
      ? Number(grid.getAttribute('aria-rowcount')) - 1
      : document.querySelectorAll('table tbody tr').length,
    rowsInDom: grid
      ? grid.querySelectorAll('[role="row"][data-index]').length
      : document.querySelectorAll('table tbody tr').length,
    domNodes: document.getElementsByTagName('*').length,
  };
};

/** The browser's floor: a bare Node http server with an empty page and a long static table. */
const startBareServer = async () => {
  const rows = Array.from(
    { length: 2000 },
    (_, i) =>
      `<tr><td>${i}</td><td>row ${i}</td><td>2025-01-01T00:00:00Z</td><td>auth.login</td></tr>`,
  ).join('');
  const pages = {
    '/': '<!doctype html><html><head><meta charset="utf-8"><title>empty</title></head><body><main><p>empty</p></main></body></html>',
    '/rows': `<!doctype html><html><head><meta charset="utf-8"><title>rows</title></head><body><main><table>${rows}</table></main></body></html>`,
  };
  const server = http.createServer((req, res) => {
    const body = pages[req.url.split('?')[0]];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  onCleanup(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${server.address().port}`;
};

// ---------------------------------------------------------------------------------------------

await run(async () => {
  const ts = Date.now();
  const tAll = performance.now();
  console.log(
    `Vigil web benchmark — ${fmt(args.events)} audit events, ${fmt(args.incidents)} incidents, ${args.runs} cold loads per page, seed ${args.seed}`,
  );
  console.log(
    `host: ${os.cpus().length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  // 1. Bundles.
  const bundles = await measureBundles();
  const bundleVerdict = bundles.first && bundles.first.firstGz <= FIRST_ROUTE_FLOOR_KB * 1024;
  console.log(
    `first route / : ${bundles.first ? kb(bundles.first.firstGz) : '?'} KB gz first-load JS (floor ≤ ${FIRST_ROUTE_FLOOR_KB} KB) → ${bundleVerdict ? 'PASS' : 'FAIL'}` +
      `; with its lazy chunks (charts…) ${bundles.first ? kb(bundles.first.withLazy) : '?'} KB gz` +
      (bundles.over.length
        ? `; routes over ${FIRST_ROUTE_FLOOR_KB} KB: ${bundles.over.map((r) => r.route).join(', ')}`
        : ''),
  );
  if (!bundleVerdict) process.exitCode = 1;
  if (!args.browser) return;

  // 2. The browser part.
  checkBuilt();
  console.log(`\n${describeBuild()}; web served from ${bundles.outDir}`);
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

  const dbName = `vigil_bench_${ts}`;
  const databaseUrl = await createDatabase(dbName, { keep: args.keep });
  const info = await serverInfo(databaseUrl);
  console.log(
    `postgres ${info.version}: shared_buffers ${info.shared_buffers}; database ${dbName}`,
  );
  const sink = await startMailSink();
  const env = {
    ...(await benchEnv({ ts, databaseUrl, keep: args.keep })),
    SMTP_URL: sink.url,
    // Queue workers off: 10,000 incidents' reminders must not fire mails during the measurement.
    RUN_WORKERS: 'false',
    WEB_DIST_DIR: bundles.outDir,
  };
  env.PUBLIC_URL = `http://127.0.0.1:${env.PORT}`;
  step('starting the API (RUN_WORKERS=false)…');
  const apiProc = await startApi(env);
  const port = apiProc.port;
  const baseURL = `http://127.0.0.1:${port}`;
  console.log(`  API pid ${apiProc.pid} on ${baseURL}`);
  const db = await connect(databaseUrl);
  let browser;
  onCleanup(async () => {
    await browser?.close().catch(() => {});
  });

  try {
    step('seeding…');
    const adminToken = secretFrom(
      await runCli(env, ['token:create', '--email', ADMIN, '--name', 'bench web']),
    );
    for (let i = 0; i < ORGANIZATIONS; i++)
      await api(port, adminToken, 'POST', '/api/v1/organizations', {
        id: `org_${i}`,
        name: `Bench client ${i}`,
        jurisdictions: ['CA'],
        contacts: [{ name: `Contact ${i}`, email: `security@client${i}.example` }],
      });
    const now = Date.now();
    const spanMs = args['span-days'] * DAY_MS;
    const startMs = now - spanMs;
    for (const month of monthsBetween(startMs, now + 62 * DAY_MS))
      await db.query('SELECT vigil_ensure_audit_partition($1)', [month]);
    const tInc = performance.now();
    const inc = await seedIncidents(db, port, adminToken, args.incidents);
    console.log(
      `  incidents: ${inc.templates} via the API + ${fmt(inc.clones)} cloned in SQL in ${fmt((performance.now() - tInc) / 1000, 1)} s → ` +
        `${fmt(inc.incidents)} incidents (${fmt(inc.open)} open), ${fmt(inc.obligations)} obligations (${fmt(inc.pending)} pending), ` +
        `${fmt(inc.reminders)} reminders, ${fmt(inc.timeline)} timeline entries`,
    );
    if (args.events) {
      const tEv = performance.now();
      await pipeline(
        Readable.from(
          auditEventCopyRows(prng(args.seed), {
            count: args.events,
            startMs,
            spanMs: spanMs - 60_000,
          }),
        ),
        db.query(copyStreams.from(`COPY audit_event (${EVENT_COLUMNS.join(', ')}) FROM STDIN`)),
      );
      const copySeconds = (performance.now() - tEv) / 1000;
      await db.query('VACUUM (ANALYZE) audit_event');
      await db.query('CHECKPOINT');
      console.log(
        `  audit events: ${fmt(args.events)} by COPY over the last ${args['span-days']} days in ${fmt(copySeconds, 1)} s ` +
          `(${fmt(args.events / copySeconds)} rows/s), vacuum+analyze+checkpoint ${fmt((performance.now() - tEv) / 1000 - copySeconds, 1)} s`,
      );
    }
    await api(port, adminToken, 'POST', '/api/v1/audit-events/checkpoints').catch((e) =>
      console.log(`  (checkpoint not signed: ${e.message.slice(0, 120)})`),
    );

    step(`signing in as ${ADMIN} (one-time code through the SMTP sink)…`);
    const cookie = await signIn(port, sink, ADMIN);

    step('launching Chromium…');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    console.log(`  Chromium ${browser.version()}`);

    // Baseline: the browser on a bare server.
    const bare = await startBareServer();
    const bareRuns = [];
    for (let i = 0; i <= args.runs; i++) {
      const { context, page } = await newContext(browser, bare);
      const t0 = performance.now();
      await page.goto('/', { waitUntil: 'load' });
      const wall = performance.now() - t0;
      const m = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          load: nav.loadEventEnd,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        };
      });
      await context.close();
      if (i > 0) bareRuns.push({ ...m, wall });
    }
    const { context: bareCtx, page: barePage } = await newContext(browser, bare);
    await barePage.goto('/rows', { waitUntil: 'load' });
    const bareScroll = await barePage.evaluate(SCROLL_PROBE, { steps: 60, idleOnly: false });
    const bareIdle = await barePage.evaluate(SCROLL_PROBE, { steps: 60, idleOnly: true });
    await bareCtx.close();

    // The pages, cold.
    const results = {};
    const cpu0 = cpuSnapshot(apiProc.pid, dbName);
    const chrome0 = chromiumCpu();
    const tPages = performance.now();
    for (const [name, spec] of Object.entries(PAGES)) {
      step(`${name} (${spec.path}): 1 warm-up + ${args.runs} cold loads…`);
      const runs = [];
      for (let i = 0; i <= args.runs; i++) {
        const { result } = await coldLoad(browser, baseURL, cookie, spec);
        if (i === 0) results[`${name}:warmup`] = result;
        else runs.push(result);
        console.log(
          `  ${i === 0 ? 'warm-up' : `run ${i}`}: usable ${ms(result.usableAt)} ms, settled ${ms(result.settledAt)} ms, ` +
            `JS ${result.jsCount} files ${kb(result.jsTransfer)} KB transferred, long tasks ${result.longTaskCount} / ${ms(result.longTaskMs)} ms, ` +
            `${result.api.length} API calls${result.errors.length ? `, ERRORS: ${result.errors.join(' | ')}` : ''}${result.problems.length ? `, console: ${result.problems.slice(0, 2).join(' | ').slice(0, 200)}` : ''}`,
        );
      }
      results[name] = runs;
    }
    const pagesSeconds = (performance.now() - tPages) / 1000;
    const cpuPages = cpuDelta(cpu0, cpuSnapshot(apiProc.pid, dbName));
    const chromeSeconds = chromiumCpu() - chrome0;

    // Scroll probes.
    const scrolls = {};
    for (const name of ['incidents', 'incidents (all)', 'audit']) {
      step(`scroll probe on ${PAGES[name].path} (${args['scroll-steps']} steps of 600 px)…`);
      const { page, context } = await coldLoad(browser, baseURL, cookie, PAGES[name], {
        keepOpen: true,
      });
      try {
        scrolls[name] = await page.evaluate(SCROLL_PROBE, {
          steps: args['scroll-steps'],
          idleOnly: false,
        });
      } finally {
        await context.close();
      }
    }

    // The same API calls from Node: what the server takes, without the browser.
    step('the API calls of each page, fetched directly from Node (3 rounds, sequential)…');
    const direct = {};
    const cookieHeader = { cookie: `${cookie.name}=${cookie.value}`, accept: 'application/json' };
    for (const name of Object.keys(PAGES)) {
      const calls = [...new Set(results[name][0].api.map((c) => c.path))];
      const perCall = new Map(calls.map((c) => [c, []]));
      const bytes = new Map();
      resetAgent(port);
      for (let round = 0; round < 3; round++) {
        for (const call of calls) {
          const res = await request(port, 'GET', call, {
            headers: cookieHeader,
            timeoutMs: 120_000,
          });
          perCall.get(call).push(res.ms);
          bytes.set(call, `${res.status} ${kb(Buffer.byteLength(res.text))} KB`);
        }
      }
      direct[name] = calls.map((c) => ({
        call: c,
        ms: median(perCall.get(c)),
        answer: bytes.get(c),
      }));
    }

    // Report.
    console.log(
      '\n=== Chromium: cold loads with the large data set (ms from navigation start) ===',
    );
    console.log(
      `data: ${fmt(inc.incidents)} incidents (${fmt(inc.open)} open), ${fmt(inc.pending)} pending obligations, ${fmt(args.events)} audit events over ${args['span-days']} days; ` +
        `viewport ${VIEWPORT.width}×${VIEWPORT.height}; each load in a fresh context (empty cache), after one warm-up load`,
    );
    const rowsOut = [];
    for (const name of Object.keys(PAGES)) {
      const r = results[name];
      const s = (key) => summarize(r.map((x) => x[key]).filter((v) => v !== null));
      const usable = s('usableAt');
      const apiMax = summarize(r.map((x) => Math.max(0, ...x.api.map((c) => c.start + c.ms))));
      rowsOut.push([
        `${name} ${PAGES[name].path}`,
        ms(usable.p50),
        ms(usable.max),
        ms(s('settledAt').p50),
        ms(s('fcp').p50),
        ms(s('jsEnd').p50),
        ms(apiMax.p50),
        `${r[0].jsCount} / ${kb(median(r.map((x) => x.jsTransfer)))}`,
        kb(median(r.map((x) => x.jsDecoded))),
        `${median(r.map((x) => x.longTaskCount))} / ${ms(median(r.map((x) => x.longTaskMs)))} / ${ms(median(r.map((x) => x.longTaskMax)))}`,
        `${r[0].api.length} / ${kb(r[0].api.reduce((n, c) => n + c.bytes, 0))}`,
        fmt(median(r.map((x) => x.domNodes))),
      ]);
    }
    const bareLoad = summarize(bareRuns.map((b) => b.load));
    rowsOut.push([
      'baseline: empty page, bare Node http',
      ms(bareLoad.p50),
      ms(bareLoad.max),
      '',
      ms(median(bareRuns.map((b) => b.fcp ?? NaN))),
      '',
      '',
      '0',
      '',
      '',
      '',
      '',
    ]);
    console.log(
      table(
        [
          'page',
          'usable p50',
          'usable max',
          'settled p50',
          'FCP p50',
          'JS done p50',
          'API done p50',
          'JS files / KB transferred',
          'JS KB decoded',
          'long tasks n / total / max',
          'API calls / KB',
          'DOM nodes',
        ],
        rowsOut,
      ),
    );
    console.log(
      `usable = overview: every stat card shows a figure (or says why not) and "Next deadlines" shows rows (or its empty/error state); ` +
        'incidents: a row of the incident table; audit: a row of the events grid. settled = no skeleton left in <main> (charts included). ' +
        'Baseline "usable" = the load event of an empty page.',
    );
    const noLong = Object.keys(PAGES).some((n) => results[n][0].noLongTask);
    if (noLong) console.log('(this Chromium reports no longtask entries: long tasks not measured)');
    const jsHeaders = await request(port, 'GET', '/', {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    const entryScript = /src="(\/assets\/[^"]+\.js)"/.exec(jsHeaders.text)?.[1];
    const entryRes = entryScript
      ? await request(port, 'GET', entryScript, { headers: { 'accept-encoding': 'gzip, br' } })
      : null;
    console.log(
      `the API serves ${entryScript ?? 'the entry'} with content-encoding: ${entryRes?.headers['content-encoding'] ?? 'none'}, ` +
        `cache-control: ${entryRes?.headers['cache-control'] ?? 'none'} (the transferred KB above are what a browser downloads from it directly)`,
    );

    console.log("\nwhere the overview's time goes (first measured run, ms from navigation start):");
    const o = results.overview[0];
    console.log(
      `  FCP ${ms(o.fcp)} · JS done ${ms(o.jsEnd)} · usable ${ms(o.usableAt)} · settled ${ms(o.settledAt)}; API calls in the browser:`,
    );
    console.log(
      table(
        ['API call (browser)', 'start', 'ms', 'KB'],
        [...o.api]
          .sort((a, b) => a.start - b.start)
          .map((c) => [c.path.slice(0, 110), ms(c.start), ms(c.ms), kb(c.bytes)]),
      ),
    );

    console.log(
      '\n=== the same API calls fetched directly from Node (median of 3, sequential; server time) ===',
    );
    for (const name of Object.keys(PAGES)) {
      const list = direct[name];
      console.log(
        `${name} ${PAGES[name].path}: ${list.length} calls, sum ${ms(list.reduce((n, c) => n + c.ms, 0))} ms, slowest ${ms(Math.max(0, ...list.map((c) => c.ms)))} ms`,
      );
      console.log(
        table(
          ['call', 'ms', 'answer'],
          list.map((c) => [c.call.slice(0, 110), ms(c.ms), c.answer]),
        ),
      );
    }

    console.log('\n=== scroll probe: rAF frame times while scrolling 600 px every other frame ===');
    const scrollRows = Object.entries(scrolls).map(([name, s]) => [
      `${name} ${PAGES[name].path}`,
      s.scroller,
      s.frames,
      ms(s.vsync),
      ms(s.p95),
      ms(s.longest),
      s.dropped,
      s.over50,
      s.reachedBottom ? 'yes' : 'no',
      fmt(s.rowsLoaded),
      fmt(s.rowsInDom),
      fmt(s.domNodes),
    ]);
    for (const [label, s] of [
      ['baseline: 2,000-row static table', bareScroll],
      ['baseline: idle frames (no scroll)', bareIdle],
    ])
      scrollRows.push([
        label,
        s.scroller,
        s.frames,
        ms(s.vsync),
        ms(s.p95),
        ms(s.longest),
        s.dropped,
        s.over50,
        '',
        fmt(s.rowsLoaded),
        fmt(s.rowsInDom),
        fmt(s.domNodes),
      ]);
    console.log(
      table(
        [
          'page',
          'scroller',
          'frames',
          'median',
          'p95',
          'longest',
          'dropped',
          '> 50 ms',
          'bottom',
          'rows loaded',
          'rows in DOM',
          'DOM nodes',
        ],
        scrollRows,
      ),
    );
    console.log('dropped = Σ(round(frame / median frame) − 1): vsyncs missed while scrolling.');

    console.log(`\nCPU during the cold loads: ${describeCpu(cpuPages, pagesSeconds)}`);
    console.log(
      `  of which Chromium (browser + renderers, in "everything else" above): ${fmt(chromeSeconds, 1)} s (${fmt((100 * chromeSeconds) / pagesSeconds)}%)`,
    );

    // Verdicts.
    const overviewP50 = summarize(results.overview.map((x) => x.usableAt)).p50;
    const overviewErrors = results.overview.some((x) => x.errors.length);
    const usableOk = overviewP50 <= args['usable-floor-ms'] && !overviewErrors;
    console.log('\n=== floors ===');
    console.log(
      `first route / JavaScript: ${kb(bundles.first?.firstGz ?? NaN)} KB gz (≤ ${FIRST_ROUTE_FLOOR_KB} KB) → ${bundleVerdict ? 'PASS' : 'FAIL'}`,
    );
    console.log(
      `time to a usable overview: p50 ${ms(overviewP50)} ms over ${args.runs} cold loads (≤ ${args['usable-floor-ms']} ms${overviewErrors ? ', and no card in error' : ''}) → ${usableOk ? 'PASS' : 'FAIL'}`,
    );
    for (const name of ['incidents', 'incidents (all)', 'audit'])
      console.log(
        `  (not a floor) ${name}: usable p50 ${ms(summarize(results[name].map((x) => x.usableAt)).p50)} ms`,
      );
    if (!usableOk) process.exitCode = 1;
    console.log(
      `total run time ${fmt((performance.now() - tAll) / 1000, 0)} s; load average now ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}\n`,
    );
  } finally {
    await browser?.close().catch(() => {});
    await db.end();
    closeAgents();
  }
});
