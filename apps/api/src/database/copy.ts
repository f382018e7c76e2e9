import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

export type CopyValue = string | number | Buffer | null;

/** COPY text format: backslash escapes for the delimiter, newlines and backslash itself; \N is NULL. */
const encode = (value: CopyValue): string => {
  if (value === null) return '\\N';
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  if (typeof value === 'number') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
};

/**
 * Bulk insert with COPY inside the caller's transaction: about twice the rate of
 * INSERT … SELECT FROM unnest here (STACK.md figures), which is why the audit hot path uses it.
 */
export const copyRows = async (
  tx: EntityManager,
  table: string,
  columns: readonly string[],
  rows: CopyValue[][],
): Promise<void> => {
  if (!rows.length) return;
  const runner = tx.queryRunner;
  if (!runner) throw new Error('copyRows needs a transaction');
  const client = (await runner.connect()) as PoolClient;
  const lines = function* () {
    let chunk = '';
    for (const row of rows) {
      chunk += `${row.map(encode).join('\t')}\n`;
      if (chunk.length > 64 * 1024) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  };
  await pipeline(
    Readable.from(lines()),
    client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)),
  );
};
