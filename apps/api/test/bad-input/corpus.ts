import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The bad-input corpus (issue 10): what a hostile or broken client sends. Every case names what it
 * is and why it is here; `bad-input.int-spec.ts` sends it and expects a 4xx problem+json that
 * changes nothing.
 */
export interface BodyCase {
  name: string;
  why: string;
  body: string | Buffer;
  /** Defaults to application/json. */
  contentType?: string;
  /** When only one status is right; otherwise any 4xx. */
  status?: number;
}

const bytes = (file: string) => readFileSync(resolve(__dirname, file));
const nest = (depth: number, leaf = '1') => `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}`;

/** Stored as data these must render as text; sent where they do not belong they must be refused. */
export const INJECTIONS = {
  sqlQuote: `' OR '1'='1' --`,
  sqlStacked: `1; DROP TABLE incident; --`,
  sqlUnion: `x' UNION SELECT password FROM pg_shadow --`,
  script: `<script>window.__pwned = 'script'</script>`,
  imgOnerror: `<img src=x onerror="window.__pwned='img'">`,
  svgBreakout: `"><svg onload="window.__pwned='svg'">`,
  jsUrl: `javascript:window.__pwned='url'`,
  template: '${7*7}{{7*7}}#{7*7}',
  pathTraversal: '../../../../etc/passwd',
  crlf: 'x\r\nSet-Cookie: pwned=1',
} as const;

const injectionObject = Object.fromEntries(
  // Every field name the routes take, each holding an injection string; `.strict()` schemas and
  // enum, email, time and id formats must refuse the body as a whole.
  [
    'title',
    'name',
    'email',
    'body',
    'summary',
    'severity',
    'status',
    'role',
    'kind',
    'to',
    'id',
    'events',
    'Records',
    'steps',
    'organizationId',
    'occurredAt',
    'sentAt',
    'reason',
  ].map((key, i) => [key, Object.values(INJECTIONS)[i % Object.values(INJECTIONS).length]]),
);

/** Sent to every route that takes a body, as the caller allowed there. */
export const BODY_CASES: BodyCase[] = [
  { name: 'truncated JSON', why: 'a client cut off mid-body', body: '{"title": "x", "severity":' },
  { name: 'trailing garbage', why: 'JSON followed by more text', body: '{"title": "x"} {"a": 1}' },
  { name: 'single quotes and NaN', why: 'JavaScript, not JSON', body: "{'title': NaN}" },
  { name: 'empty object', why: 'every field missing', body: '{}' },
  { name: 'root array', why: 'a list where an object is expected', body: '[{"title": "x"}]' },
  { name: 'root string', why: 'a scalar at the root', body: JSON.stringify(INJECTIONS.script) },
  { name: 'root null', why: 'null at the root', body: 'null' },
  {
    name: 'wrong types',
    why: 'numbers, arrays, objects and booleans where strings and lists go',
    body: JSON.stringify({
      title: 42,
      name: ['x'],
      email: { $ne: '' },
      events: 'x',
      Records: 1,
      severity: true,
      steps: 'x',
      body: null,
      to: 7,
      services: { a: 1 },
    }),
  },
  {
    name: 'huge numbers',
    why: 'Infinity after parsing, past int8, negative zero and beyond safe integers',
    body: `{"limit": 1e400, "rtoHours": -1e400, "persons": 99999999999999999999999, "seq": -0, "threshold": 1e308}`,
  },
  {
    name: 'injection strings in every field',
    why: 'SQL, script, template and header injection where the schema expects other shapes',
    body: JSON.stringify(injectionObject),
  },
  {
    name: 'escaped NUL',
    why: 'Postgres text and jsonb cannot hold U+0000',
    body: JSON.stringify({ title: 'a\u0000b', name: '\u0000', email: 'a\u0000@b.test' }),
  },
  {
    name: 'raw NUL byte',
    why: 'an unescaped control character is not JSON',
    body: bytes('raw-nul.json.bin'),
  },
  {
    name: 'invalid UTF-8',
    why: 'overlong, lone continuation and truncated sequences must not be replaced silently',
    body: bytes('invalid-utf8.json.bin'),
  },
  {
    name: 'lone surrogate',
    why: 'an escaped UTF-16 half that has no UTF-8 form',
    body: '{"title": "\\ud800", "name": "\\udfff"}',
  },
  {
    name: 'deep nesting',
    why: '100,000 levels would blow a recursive walker (JSON.stringify, zod, pg)',
    body: `{"events": ${nest(100_000)}, "title": ${nest(100_000, '"x"')}}`,
  },
  {
    name: '__proto__ key',
    why: 'prototype pollution through a merge or Object.assign',
    body: '{"__proto__": {"polluted": "yes"}, "title": "x", "details": {"__proto__": {"polluted": "yes"}}}',
  },
  {
    name: 'constructor.prototype key',
    why: 'the other road to Object.prototype',
    body: '{"constructor": {"prototype": {"polluted": "yes"}}, "metadata": {"constructor": {"prototype": {"polluted": "yes"}}}}',
  },
  {
    name: 'huge string',
    why: 'a 900 KB string under the 1 MiB console limit: regexes and length checks must hold',
    body: JSON.stringify({
      title: 'x'.repeat(300_000),
      email: `${'a'.repeat(300_000)}@example.test`,
      name: 'é'.repeat(150_000),
    }),
  },
  {
    name: 'oversized body',
    why: 'past the 10 MiB ingest limit, so past every limit',
    body: JSON.stringify({ title: 'x'.repeat(11 * 1024 * 1024) }),
    status: 413,
  },
];

/** The same valid-looking JSON sent with a content type the route does not take. */
export const CONTENT_TYPE_CASES: BodyCase[] = [
  { name: 'XML', why: 'not a format we read', body: '<a>1</a>', contentType: 'application/xml' },
  {
    name: 'form',
    why: 'a cross-site form post',
    body: 'title=x&severity=SEV3',
    contentType: 'application/x-www-form-urlencoded',
  },
  {
    name: 'multipart',
    why: 'a cross-site form post with a file',
    body: '--b\r\nContent-Disposition: form-data; name="title"\r\n\r\nx\r\n--b--\r\n',
    contentType: 'multipart/form-data; boundary=b',
  },
  {
    name: 'no content type',
    why: 'a body the server would have to guess at',
    body: '{"title": "x"}',
    contentType: '',
  },
  {
    name: 'JSON in a Latin-1 charset',
    why: 'only UTF-8 is read',
    body: '{"title": "x"}',
    contentType: 'application/json; charset=latin1',
  },
];

/** Values put in every path parameter (already percent-encoded where they must be). */
export const PATH_VALUES: { name: string; value: string }[] = [
  { name: 'SQL', value: encodeURIComponent(INJECTIONS.sqlQuote) },
  { name: 'script', value: encodeURIComponent(INJECTIONS.svgBreakout) },
  { name: 'NUL', value: 'a%00b' },
  { name: 'invalid percent-encoding', value: '%E0%A4%A' },
  { name: 'not percent-encoding', value: '%zz' },
  { name: 'overlong UTF-8', value: '%C0%AF' },
  { name: 'encoded traversal', value: '..%2F..%2Fetc%2Fpasswd' },
  { name: 'huge', value: 'x'.repeat(8_000) },
  { name: 'huge number', value: '99999999999999999999999999' },
];

/**
 * Query strings sent to every route, with the names the list routes read. `refuse` cases must be
 * 4xx everywhere; the others carry text a search may legitimately look for, so a route may answer
 * them (2xx, found nothing) but never with a 5xx or a change.
 */
const QUERY_NAMES = ['q', 'limit', 'cursor', 'from', 'to', 'status', 'source', 'format', 'actor'];
const everyName = (raw: string) => QUERY_NAMES.map((n) => `${n}=${raw}`).join('&');
export const QUERY_CASES: { name: string; query: string; refuse: boolean }[] = [
  { name: 'NUL', query: everyName('a%00b'), refuse: true },
  { name: 'invalid percent-encoding', query: everyName('%E0%A4%A'), refuse: true },
  { name: 'overlong UTF-8', query: everyName('%C0%AF'), refuse: true },
  {
    name: 'repeated names (arrays)',
    query: QUERY_NAMES.map((n) => `${n}=1&${n}=2`).join('&'),
    refuse: false,
  },
  { name: 'SQL', query: everyName(encodeURIComponent(INJECTIONS.sqlUnion)), refuse: false },
  { name: 'script', query: everyName(encodeURIComponent(INJECTIONS.imgOnerror)), refuse: false },
  { name: 'huge', query: `q=${'x'.repeat(8_000)}&limit=${'9'.repeat(400)}`, refuse: false },
  { name: 'bracket keys', query: 'q[$ne]=&limit[]=1&__proto__[polluted]=yes', refuse: false },
];
