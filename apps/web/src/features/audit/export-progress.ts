import type { ExportFormat } from './types';

const NEWLINE = 0x0a;
const QUOTE = 0x22;

/**
 * Counts the records of a streamed export as its bytes arrive, without decoding them. In CSV a
 * newline inside a quoted cell (a multi-line target name) does not end a record, and the first
 * line is the header; in NDJSON every line is one event.
 */
export const createRowCounter = (format: ExportFormat) => {
  let lines = 0;
  let quoted = false;
  return {
    push(chunk: Uint8Array): void {
      for (const byte of chunk) {
        // An escaped quote ("") toggles twice, leaving the state as it was.
        if (format === 'csv' && byte === QUOTE) quoted = !quoted;
        else if (byte === NEWLINE && !quoted) lines += 1;
      }
    },
    get rows(): number {
      return format === 'csv' ? Math.max(0, lines - 1) : lines;
    },
  };
};

/** The file name from `Content-Disposition: attachment; filename="…"`. */
export const attachmentName = (header: string | null): string | undefined => {
  if (!header) return undefined;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (star) {
    try {
      return decodeURIComponent(star);
    } catch {
      // fall back to the plain filename below
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header)?.[1];
  // Only a base name: a server-sent path must not pick the folder.
  return plain?.split(/[\\/]/).pop() || undefined;
};
