import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_KDF,
  type KdfParams,
  openArchive,
  verifyArchive,
  writeArchive,
} from './backup-archive.js';

const FAST: KdfParams = { logN: 10, r: 8, p: 1 };
const PASSPHRASE = 'correct horse battery staple';
const MANIFEST = { kind: 'test', keys: [{ name: 'session-secret', value: 's3cret' }] };

const dir = mkdtempSync(join(tmpdir(), 'vigil-archive-'));
let counter = 0;
const aPath = () => join(dir, `backup-${counter++}.vigil`);

async function* pieces(data: Buffer, size: number) {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

const anArchive = async (body: Buffer, kdf = FAST) => {
  const path = aPath();
  await writeArchive({
    path,
    passphrase: PASSPHRASE,
    manifest: MANIFEST,
    body: pieces(body, 7_000),
    kdf,
  });
  return path;
};

/** Where each sealed chunk starts: after the 60-byte header, each is prefix + ciphertext + tag. */
const chunkStarts = (bytes: Buffer): number[] => {
  const starts: number[] = [];
  for (let at = 60; at < bytes.length; at += 4 + (bytes.readUInt32BE(at) & 0x7fff_ffff) + 16)
    starts.push(at);
  return starts;
};

const readAll = async (path: string, passphrase = PASSPHRASE) => {
  const { manifest, body } = await openArchive(path, passphrase);
  const out: Buffer[] = [];
  for await (const piece of body) out.push(piece);
  return { manifest, body: Buffer.concat(out) };
};

describe('backup archive', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['exactly one chunk', 64 * 1024],
    ['several chunks and a bit', 3 * 64 * 1024 + 17],
  ])('round-trips a %s body with its manifest', async (_, size) => {
    const body = randomBytes(size);
    const path = await anArchive(body);
    const read = await readAll(path);
    expect(read.manifest).toEqual(MANIFEST);
    expect(read.body.equals(body)).toBe(true);
    expect(readFileSync(path).includes(Buffer.from('s3cret'))).toBe(false);
  });

  it('works with the default key-derivation cost', async () => {
    const body = randomBytes(1000);
    const path = await anArchive(body, DEFAULT_KDF);
    expect((await readAll(path)).body.equals(body)).toBe(true);
  });

  it('says the passphrase is wrong before yielding anything', async () => {
    const path = await anArchive(randomBytes(200_000));
    await expect(openArchive(path, 'not the right passphrase')).rejects.toMatchObject({
      code: 'WRONG_PASSPHRASE',
      message: expect.stringMatching(/wrong passphrase/),
    });
  });

  it('catches one altered byte anywhere in the body, naming the chunk', async () => {
    const path = await anArchive(randomBytes(200_000));
    const bytes = readFileSync(path);
    bytes[bytes.length - 100] ^= 0x01;
    writeFileSync(path, bytes);
    await expect(verifyArchive(path, PASSPHRASE)).rejects.toMatchObject({
      code: 'TAMPERED',
      message: expect.stringMatching(/damaged or altered \(chunk 3\)/),
    });
  });

  it('yields only authenticated chunks: the ones before an altered chunk, then the error', async () => {
    const body = randomBytes(200_000);
    const path = await anArchive(body);
    const bytes = readFileSync(path);
    bytes[bytes.length - 100] ^= 0x01;
    writeFileSync(path, bytes);
    const { body: stream } = await openArchive(path, PASSPHRASE);
    const seen: Buffer[] = [];
    await expect(
      (async () => {
        for await (const piece of stream) seen.push(piece);
      })(),
    ).rejects.toMatchObject({ code: 'TAMPERED' });
    const prefix = Buffer.concat(seen);
    expect(prefix.length).toBeLessThan(body.length);
    expect(prefix.equals(body.subarray(0, prefix.length))).toBe(true);
  });

  it('treats an altered header as a wrong passphrase, and a foreign file as not a backup', async () => {
    const path = await anArchive(randomBytes(10));
    const bytes = readFileSync(path);
    bytes[20] ^= 0xff; // inside the salt
    writeFileSync(path, bytes);
    await expect(openArchive(path, PASSPHRASE)).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });

    const foreign = aPath();
    writeFileSync(foreign, 'PGDMP this is a plain dump');
    await expect(openArchive(foreign, PASSPHRASE)).rejects.toMatchObject({
      code: 'NOT_AN_ARCHIVE',
    });
  });

  it.each([
    ['inside a chunk', (n: number) => n - 10],
    ['at a chunk boundary', (_: number, chunks: number[]) => chunks.at(-1) ?? 0],
    ['inside the header', () => 30],
  ])('reports a file truncated %s', async (_, cut) => {
    const path = await anArchive(randomBytes(3 * 64 * 1024 + 5));
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, cut(bytes.length, chunkStarts(bytes))));
    await expect(verifyArchive(path, PASSPHRASE)).rejects.toMatchObject({ code: 'TRUNCATED' });
  });

  it('rejects bytes appended after the final chunk', async () => {
    const path = await anArchive(randomBytes(1000));
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from('more')]));
    await expect(verifyArchive(path, PASSPHRASE)).rejects.toMatchObject({ code: 'TAMPERED' });
  });

  it('refuses a short passphrase and an existing file, and leaves nothing behind on failure', async () => {
    await expect(
      writeArchive({
        path: aPath(),
        passphrase: 'short',
        manifest: {},
        body: pieces(Buffer.alloc(1), 1),
      }),
    ).rejects.toMatchObject({ code: 'WEAK_PASSPHRASE' });

    const existing = await anArchive(randomBytes(10));
    await expect(
      writeArchive({
        path: existing,
        passphrase: PASSPHRASE,
        manifest: {},
        body: pieces(Buffer.alloc(1), 1),
      }),
    ).rejects.toMatchObject({ code: 'OUTPUT_EXISTS' });

    const failing = aPath();
    async function* brokenBody() {
      yield Buffer.alloc(100_000);
      throw new Error('pg_dump exited with status 1');
    }
    await expect(
      writeArchive({
        path: failing,
        passphrase: PASSPHRASE,
        manifest: {},
        body: brokenBody(),
        kdf: FAST,
      }),
    ).rejects.toThrow('pg_dump exited');
    expect(existsSync(failing)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
