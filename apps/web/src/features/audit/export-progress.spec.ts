import { attachmentName, createRowCounter } from './export-progress';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('createRowCounter', () => {
  it('counts CSV records after the header, across chunk boundaries', () => {
    const counter = createRowCounter('csv');
    counter.push(bytes('occurredAt,action\r\n2026-11-20,auth.lo'));
    expect(counter.rows).toBe(0);
    counter.push(bytes('gin\r\n2026-11-21,auth.logout\r\n'));
    expect(counter.rows).toBe(2);
  });

  it('does not end a CSV record at a newline inside quotes, even split over chunks', () => {
    const counter = createRowCounter('csv');
    counter.push(bytes('a,b\r\n1,"two\r\nlines ""quoted'));
    counter.push(bytes('"" here"\r\n2,plain\r\n'));
    expect(counter.rows).toBe(2);
  });

  it('counts NDJSON lines as events', () => {
    const counter = createRowCounter('ndjson');
    counter.push(bytes('{"a":"x\\ny"}\n{"a":1}\n'));
    expect(counter.rows).toBe(2);
  });
});

describe('attachmentName', () => {
  it.each([
    ['attachment; filename="vigil-audit-2026.csv"', 'vigil-audit-2026.csv'],
    ["attachment; filename*=UTF-8''audit%20log.ndjson", 'audit log.ndjson'],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
    ['attachment', undefined],
    [null, undefined],
  ])('%j → %j', (header, expected) => {
    expect(attachmentName(header)).toBe(expected);
  });
});
