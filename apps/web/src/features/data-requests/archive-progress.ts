import { pick } from '../../i18n';
import { textMessages } from './messages';

const BLOCK = 512;
const NEWLINE = 0x0a;

/** One file of the archive: where its content sits in the downloaded bytes. */
export interface ArchiveEntry {
  name: string;
  /** Offset of the first content byte from the start of the archive. */
  offset: number;
  size: number;
}

const decoder = new TextDecoder();

const text = (bytes: Uint8Array, start: number, length: number): string => {
  const field = bytes.subarray(start, start + length);
  const end = field.indexOf(0);
  return decoder.decode(end === -1 ? field : field.subarray(0, end));
};

/** A numeric header field: octal text, or base-256 when its first byte has the high bit set. */
const number = (bytes: Uint8Array, start: number, length: number): number => {
  const field = bytes.subarray(start, start + length);
  if (field[0] !== undefined && field[0] & 0x80) {
    let value = field[0] & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const digits = text(bytes, start, length).trim();
  return digits ? parseInt(digits, 8) : 0;
};

/** `path=` from a PAX extended header: records of "<length> <key>=<value>\n". */
const paxPath = (bytes: Uint8Array): string | undefined => {
  for (const record of decoder.decode(bytes).split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return undefined;
};

const isZero = (bytes: Uint8Array) => bytes.every((b) => b === 0);

/**
 * Reads a streamed `.tar` as its bytes arrive: where each file starts and how long it is, and how
 * many NDJSON rows have arrived. Only lines inside `.ndjson` files count, so the manifest and the
 * tar headers never inflate the number against `X-Vigil-Total-Rows`.
 */
export const createArchiveReader = () => {
  const entries: ArchiveEntry[] = [];
  let position = 0;
  let header = new Uint8Array(BLOCK);
  let headerFilled = 0;
  // Content left of the current entry, then the padding up to the next block.
  let contentLeft = 0;
  let paddingLeft = 0;
  let counting = false;
  let rows = 0;
  // A PAX or GNU long-name header names the entry after it.
  let meta: { kind: 'pax' | 'longname'; bytes: Uint8Array; filled: number } | null = null;
  let pendingName: string | undefined;

  const readHeader = () => {
    if (isZero(header)) return;
    const size = number(header, 124, 12);
    const type = String.fromCharCode(header[156] ?? 0);
    const magic = text(header, 257, 6);
    const prefix = magic.startsWith('ustar') ? text(header, 345, 155) : '';
    const plain = text(header, 0, 100);
    contentLeft = size;
    paddingLeft = (BLOCK - (size % BLOCK)) % BLOCK;
    counting = false;
    if (type === 'x' || type === 'L') {
      meta = { kind: type === 'x' ? 'pax' : 'longname', bytes: new Uint8Array(size), filled: 0 };
      return;
    }
    meta = null;
    if (type !== '0' && type !== '\0' && type !== '7') {
      pendingName = undefined;
      return;
    }
    const name = pendingName ?? (prefix ? `${prefix}/${plain}` : plain);
    pendingName = undefined;
    entries.push({ name, offset: position, size });
    counting = name.endsWith('.ndjson');
  };

  const endMeta = () => {
    if (!meta) return;
    pendingName =
      meta.kind === 'pax' ? paxPath(meta.bytes) : text(meta.bytes, 0, meta.bytes.length);
    meta = null;
  };

  return {
    push(chunk: Uint8Array): void {
      let i = 0;
      while (i < chunk.length) {
        if (contentLeft > 0) {
          const take = Math.min(contentLeft, chunk.length - i);
          const part = chunk.subarray(i, i + take);
          if (meta) {
            meta.bytes.set(part, meta.filled);
            meta.filled += take;
          } else if (counting) {
            for (const byte of part) if (byte === NEWLINE) rows += 1;
          }
          contentLeft -= take;
          i += take;
          position += take;
          if (contentLeft === 0) endMeta();
        } else if (paddingLeft > 0) {
          const take = Math.min(paddingLeft, chunk.length - i);
          paddingLeft -= take;
          i += take;
          position += take;
        } else {
          const take = Math.min(BLOCK - headerFilled, chunk.length - i);
          header.set(chunk.subarray(i, i + take), headerFilled);
          headerFilled += take;
          i += take;
          position += take;
          if (headerFilled === BLOCK) {
            readHeader();
            if (contentLeft === 0) endMeta();
            header = new Uint8Array(BLOCK);
            headerFilled = 0;
          }
        }
      }
    },
    get rows(): number {
      return rows;
    },
    get entries(): readonly ArchiveEntry[] {
      return entries;
    },
  };
};

/** `X-Vigil-Total-Rows` as a count; null when absent or not a whole number. */
export const parseTotalRows = (header: string | null): number | null => {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
};

/** Whole percent done, never past 99 until the stream has ended; null without a total. */
export const progressPercent = (
  rows: number,
  total: number | null,
  done = false,
): number | null => {
  if (done) return 100;
  if (total === null) return null;
  if (total === 0) return 99;
  return Math.min(99, Math.floor((rows / total) * 100));
};

/** "1,204 of 5,000 rows" or "1,204 rows" when the total is unknown. */
export const rowsText = (rows: number, total: number | null): string =>
  pick(textMessages).rows(rows, total);
