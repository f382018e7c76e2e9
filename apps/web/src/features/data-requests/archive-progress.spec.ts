import { setActiveLocale } from '../../i18n';
import { formatCount } from '../../lib/format';
import { createArchiveReader, parseTotalRows, progressPercent, rowsText } from './archive-progress';

const encoder = new TextEncoder();

const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;

/** A ustar header block, as node-tar and tar-stream write them. */
const header = (name: string, size: number, type = '0'): Uint8Array => {
  const block = new Uint8Array(512);
  block.set(encoder.encode(name), 0);
  block.set(encoder.encode(octal(0o644, 8)), 100);
  block.set(encoder.encode(octal(size, 12)), 124);
  block.set(encoder.encode(type), 156);
  block.set(encoder.encode('ustar\u000000'), 257);
  return block;
};

const entry = (name: string, content: string | Uint8Array, type = '0'): Uint8Array[] => {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const padded = new Uint8Array(Math.ceil(bytes.length / 512) * 512);
  padded.set(bytes);
  return [header(name, bytes.length, type), padded];
};

const tar = (...parts: Uint8Array[][]): Uint8Array => {
  const blocks = [...parts.flat(), new Uint8Array(1024)];
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let offset = 0;
  for (const b of blocks) {
    out.set(b, offset);
    offset += b.length;
  }
  return out;
};

const chunked = (bytes: Uint8Array, size: number): Uint8Array[] => {
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return chunks;
};

const EVENTS = '{"id":"e1","note":"line\\nbreak"}\n{"id":"e2"}\n{"id":"e3"}\n';
const CONTACTS = '{"email":"a@acme.test"}\n';
const MANIFEST = '{\n  "files": [\n    {}\n  ]\n}\n';

describe('createArchiveReader', () => {
  const archive = tar(
    entry('audit-events.ndjson', EVENTS),
    entry('contacts.ndjson', CONTACTS),
    entry('manifest.json', MANIFEST),
  );

  it.each([1, 7, 511, 512, 513, 4096])(
    'counts NDJSON rows only, with chunks of %i bytes',
    (size) => {
      const reader = createArchiveReader();
      for (const chunk of chunked(archive, size)) reader.push(chunk);
      // Four rows: the pretty-printed manifest's newlines and the escaped \n do not count.
      expect(reader.rows).toBe(4);
      expect(reader.entries.map((e) => [e.name, e.size])).toEqual([
        ['audit-events.ndjson', EVENTS.length],
        ['contacts.ndjson', CONTACTS.length],
        ['manifest.json', MANIFEST.length],
      ]);
    },
  );

  it('finds where each file sits, so its bytes can be hashed afterwards', () => {
    const reader = createArchiveReader();
    reader.push(archive);
    for (const e of reader.entries) {
      const text = new TextDecoder().decode(archive.subarray(e.offset, e.offset + e.size));
      expect(text).toBe(
        { 'audit-events.ndjson': EVENTS, 'contacts.ndjson': CONTACTS, 'manifest.json': MANIFEST }[
          e.name
        ],
      );
    }
  });

  it('counts as the rows arrive, not only at the end', () => {
    const reader = createArchiveReader();
    const [first] = chunked(archive, 512 + 20);
    reader.push(first ?? new Uint8Array());
    expect(reader.rows).toBe(0);
    reader.push(archive.subarray(512 + 20, 512 + EVENTS.length));
    expect(reader.rows).toBe(3);
  });

  it('takes a long name from a PAX header, and skips folders', () => {
    const long = `exports/${'very-long-kind-name-'.repeat(6)}rows.ndjson`;
    const record = ` path=${long}\n`;
    const pax = `${record.length + String(record.length).length + 1}${record}`;
    const reader = createArchiveReader();
    reader.push(
      tar(
        entry('exports/', new Uint8Array(0), '5'),
        entry('PaxHeader/x', pax, 'x'),
        entry('exports/truncated-name', '{"a":1}\n{"a":2}\n'),
      ),
    );
    expect(reader.entries.map((e) => e.name)).toEqual([long]);
    expect(reader.rows).toBe(2);
  });
});

describe('parseTotalRows', () => {
  it.each([
    ['1204', 1204],
    [' 0 ', 0],
    ['-3', null],
    ['12.5', null],
    ['', null],
    [null, null],
  ])('%j → %j', (value, expected) => {
    expect(parseTotalRows(value)).toBe(expected);
  });
});

describe('progressPercent', () => {
  it.each([
    [0, 200, false, 0],
    [50, 200, false, 25],
    // Never 100 % before the stream has ended: the manifest is still to come.
    [200, 200, false, 99],
    [260, 200, false, 99],
    [0, 0, false, 99],
    [10, null, false, null],
    [10, null, true, 100],
  ])('%i of %j (done: %j) → %j', (rows, total, done, expected) => {
    expect(progressPercent(rows, total, done)).toBe(expected);
  });
});

describe('rowsText', () => {
  it.each([
    [1204, 5000, '1,204 of 5,000 rows'],
    [6000, 5000, '5,000 of 5,000 rows'],
    [1, 1, '1 of 1 row'],
    [12, null, '12 rows'],
    [1, null, '1 row'],
  ])('%i of %j → %s', (rows, total, expected) => {
    expect(rowsText(rows, total)).toBe(expected);
  });

  describe('in Québec French', () => {
    beforeEach(() => setActiveLocale('fr-CA'));
    afterEach(() => setActiveLocale('en'));

    it('counts rows as French does, 0 and 1 in the singular', () => {
      expect(rowsText(1204, 5000)).toBe(`${formatCount(1204)} sur ${formatCount(5000)} lignes`);
      expect(rowsText(1, 1)).toBe('1 sur 1 ligne');
      expect(rowsText(0, null)).toBe('0 ligne');
      expect(rowsText(12, null)).toBe('12 lignes');
    });
  });
});
