import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';

const BLOCK = 512;

const field = (header: Buffer, offset: number, length: number, value: string) => {
  header.write(value.slice(0, length), offset, length, 'utf8');
};
const octal = (value: number, length: number) => `${value.toString(8).padStart(length - 1, '0')}\0`;

/** One ustar header block for a regular file (names up to 100 bytes; ours are fixed and short). */
export const tarHeader = (name: string, size: number, mtime: Date): Buffer => {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar entry name too long: ${name}`);
  const header = Buffer.alloc(BLOCK, 0);
  field(header, 0, 100, name);
  field(header, 100, 8, octal(0o644, 8));
  field(header, 108, 8, octal(0, 8));
  field(header, 116, 8, octal(0, 8));
  field(header, 124, 12, octal(size, 12));
  field(header, 136, 12, octal(Math.floor(mtime.getTime() / 1000), 12));
  field(header, 148, 8, '        ');
  field(header, 156, 1, '0');
  field(header, 257, 6, 'ustar\0');
  field(header, 263, 2, '00');
  field(header, 265, 32, 'vigil');
  field(header, 297, 32, 'vigil');
  let sum = 0;
  for (const byte of header) sum += byte;
  field(header, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return header;
};

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK, 0);

const write = (out: Writable, chunk: Buffer) =>
  new Promise<void>((resolve, reject) =>
    out.write(chunk, (error) => (error ? reject(error) : resolve())),
  );

/** Streams files already on disk (their sizes known) as a tar archive, without buffering them. */
export const writeTar = async (
  out: Writable,
  entries: { name: string; path?: string; content?: Buffer; size: number }[],
  mtime: Date,
): Promise<void> => {
  for (const entry of entries) {
    await write(out, tarHeader(entry.name, entry.size, mtime));
    if (entry.content) await write(out, entry.content);
    else if (entry.path) {
      // Chunk by chunk rather than pipeline(): one response, many files, no listener per file.
      for await (const chunk of createReadStream(entry.path)) await write(out, chunk as Buffer);
    }
    await write(out, padding(entry.size));
  }
  await write(out, Buffer.alloc(BLOCK * 2, 0));
};
