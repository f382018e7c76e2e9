// Dependency audit of what ships: `npm audit --omit=dev`, failing on high or critical advisories.
// Exit 0: nothing high or critical (or the registry could not be asked: a warning, not a pass).
// Exit 1: high or critical advisories in production dependencies, each listed.
// Exit 2: npm failed for another reason (no lockfile, unreadable output).
// `--report <file>` reads a saved `npm audit --json` output instead of running npm.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const BLOCKING = new Set(['high', 'critical']);
// Failures that say nothing about the dependencies: offline, DNS, proxy, or a registry (mirror)
// without the advisory endpoint, which answers 404/405/501.
const UNREACHABLE_CODES = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_SOCKET_TIMEOUT',
  'ENOAUDIT',
  'EAUDITNOPJSON',
  'ECONNABORTED',
]);

const readReport = () => {
  const at = process.argv.indexOf('--report');
  if (at > 0) return { text: readFileSync(process.argv[at + 1] ?? '', 'utf8'), stderr: '' };
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (run.error) return { text: '', stderr: String(run.error.message) };
  return { text: run.stdout, stderr: run.stderr };
};

const unreachable = (report, stderr) => {
  const code = report?.error?.code ?? report?.code;
  const status = Number(report?.statusCode ?? 0);
  if (code && (UNREACHABLE_CODES.has(code) || /^E(404|405|501|502|503|504)$/.test(code)))
    return true;
  if ([404, 405, 501, 502, 503, 504].includes(status)) return true;
  return /audit endpoint returned an error|network|getaddrinfo|ENOTFOUND|EAI_AGAIN|ECONNREFUSED/i.test(
    `${report?.message ?? ''} ${report?.error?.summary ?? ''} ${stderr}`,
  );
};

/** One line per vulnerable package: name, severity, range, and the advisories behind it. */
const describe = (vulnerability) => {
  const advisories = (vulnerability.via ?? [])
    .filter((via) => typeof via === 'object')
    .map((via) => `${via.title ?? 'advisory'}${via.url ? ` (${via.url})` : ''}`);
  const through = (vulnerability.via ?? []).filter((via) => typeof via === 'string');
  const fix =
    vulnerability.fixAvailable === false
      ? 'no fix available'
      : vulnerability.fixAvailable === true
        ? 'fix: npm audit fix'
        : vulnerability.fixAvailable?.name
          ? `fix: ${vulnerability.fixAvailable.name}@${vulnerability.fixAvailable.version}${vulnerability.fixAvailable.isSemVerMajor ? ' (major)' : ''}`
          : '';
  return [
    `  ${vulnerability.severity.toUpperCase()} ${vulnerability.name} ${vulnerability.range ?? ''}`.trimEnd(),
    ...advisories.map((a) => `      ${a}`),
    ...(through.length ? [`      via ${through.join(', ')}`] : []),
    ...(fix ? [`      ${fix}`] : []),
  ].join('\n');
};

const { text, stderr } = readReport();
let report;
try {
  report = JSON.parse(text);
} catch {
  report = null;
}

if (!report || report.error || report.statusCode || !report.vulnerabilities) {
  if (unreachable(report, stderr)) {
    const why = report?.message ?? report?.error?.summary ?? stderr.trim().split('\n').pop();
    process.stdout.write(
      `audit-deps: WARNING: could not audit dependencies, the registry did not answer the audit request (${why || 'no detail'}). Not a pass: run it again where the registry is reachable.\n`,
    );
    process.exit(0);
  }
  process.stderr.write(
    `audit-deps: npm audit failed: ${report?.error?.summary || report?.message || stderr.trim() || 'unreadable output'}\n`,
  );
  process.exit(2);
}

const counts = report.metadata?.vulnerabilities ?? {};
const total = report.metadata?.dependencies?.prod ?? report.metadata?.dependencies?.total ?? '?';
const blocking = Object.values(report.vulnerabilities)
  .filter((v) => BLOCKING.has(v.severity))
  .sort((a, b) =>
    a.severity === b.severity ? a.name.localeCompare(b.name) : a.severity === 'critical' ? -1 : 1,
  );
const summary = ['critical', 'high', 'moderate', 'low', 'info']
  .map((level) => `${counts[level] ?? 0} ${level}`)
  .join(', ');

if (blocking.length) {
  process.stderr.write(
    `audit-deps: ${blocking.length} production package(s) with high or critical advisories:\n${blocking.map(describe).join('\n')}\n`,
  );
  process.stderr.write(`audit-deps: FAILED (${summary}; ${total} production dependencies)\n`);
  process.exit(1);
}
process.stdout.write(`audit-deps: ok, ${total} production dependencies audited: ${summary}\n`);
