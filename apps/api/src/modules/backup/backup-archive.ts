import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { BackupError } from './backup.exception.js';

/*
 * A Vigil backup file:
 *
 *   "VIGILBAK" | version (1) | scrypt log2 N, r, p (1 byte each) | salt (16) | HMAC-SHA256 of all that (32)
 *   then chunks: u32 BE (top bit: final chunk, low bits: plaintext length ≤ 64 KiB) | ciphertext | GCM tag (16)
 *
 * Each chunk is sealed on its own (AES-256-GCM, nonce = chunk index + final flag), so a reader hands
 * on only bytes that have been authenticated, and a file cut at a chunk boundary is still caught: its
 * last chunk is not marked final. The header MAC tells a wrong passphrase from a damaged file.
 * The plaintext is a u32 BE length, a JSON manifest, then the body (the pg_dump output).
 */

const MAGIC = Buffer.from('VIGILBAK', 'ascii');
const VERSION = 1;
const SALT_BYTES = 16;
const PARAMS_END = MAGIC.length + 1 + 3 + SALT_BYTES;
const HEADER_BYTES = PARAMS_END + 32;
const CHUNK_BYTES = 64 * 1024;
const TAG_BYTES = 16;
const FINAL = 0x8000_0000;
const MAX_MANIFEST_BYTES = 1024 * 1024;

export const MIN_PASSPHRASE_LENGTH = 12;

export interface KdfParams {
  /** log2 of scrypt's cost N. */
  logN: number;
  r: number;
  p: number;
}

/** 128 MiB and about half a second per backup or restore: cheap once, costly for a guesser. */
export const DEFAULT_KDF: KdfParams = { logN: 17, r: 8, p: 1 };

const kdfAcceptable = ({ logN, r, p }: KdfParams): boolean =>
  logN >= 10 &&
  logN <= 20 &&
  r >= 1 &&
  r <= 32 &&
  p >= 1 &&
  p <= 16 &&
  128 * r * 2 ** logN <= 2 ** 30;

export const assertPassphrase = (passphrase: string): void => {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    throw new BackupError(
      'WEAK_PASSPHRASE',
      `the passphrase must have at least ${MIN_PASSPHRASE_LENGTH} characters`,
    );
};

const deriveKeys = (passphrase: string, salt: Buffer, kdf: KdfParams) =>
  new Promise<{ encryption: Buffer; mac: Buffer }>((resolve, reject) => {
    const N = 2 ** kdf.logN;
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      64,
      { N, r: kdf.r, p: kdf.p, maxmem: 256 * N * kdf.r },
      (error, key) =>
        error ? reject(error) : resolve({ encryption: key.subarray(0, 32), mac: key.subarray(32) }),
    );
  });

const nonceOf = (index: bigint, final: boolean): Buffer => {
  const nonce = Buffer.alloc(12);
  nonce.writeBigUInt64BE(index, 0);
  nonce[11] = final ? 1 : 0;
  return nonce;
};

const asBuffer = (piece: Buffer | string): Buffer =>
  typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;

/** Reads exact byte counts from an async iterable of chunks. */
class ByteReader {
  private buffered = Buffer.alloc(0);
  private done = false;
  constructor(private readonly source: AsyncIterator<Buffer | string>) {}

  /** Exactly n bytes, or fewer when the input ends first. */
  async read(n: number): Promise<Buffer> {
    while (this.buffered.length < n && !this.done) await this.pull();
    const out = this.buffered.subarray(0, n);
    this.buffered = this.buffered.subarray(out.length);
    return out;
  }

  async atEnd(): Promise<boolean> {
    while (!this.buffered.length && !this.done) await this.pull();
    return !this.buffered.length;
  }

  private async pull(): Promise<void> {
    const next = await this.source.next();
    if (next.done) this.done = true;
    else this.buffered = Buffer.concat([this.buffered, asBuffer(next.value)]);
  }
}

/** A pipeline stage that encrypts its input into the archive format. */
export const encryptArchive = (passphrase: string, kdf: KdfParams = DEFAULT_KDF) =>
  async function* (source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
    assertPassphrase(passphrase);
    const salt = randomBytes(SALT_BYTES);
    const keys = await deriveKeys(passphrase, salt, kdf);
    const params = Buffer.concat([MAGIC, Buffer.from([VERSION, kdf.logN, kdf.r, kdf.p]), salt]);
    yield Buffer.concat([params, createHmac('sha256', keys.mac).update(params).digest()]);

    let index = 0n;
    const seal = (plain: Buffer, final: boolean): Buffer => {
      const prefix = Buffer.alloc(4);
      prefix.writeUInt32BE((final ? FINAL : 0) + plain.length);
      const cipher = createCipheriv('aes-256-gcm', keys.encryption, nonceOf(index++, final));
      cipher.setAAD(prefix);
      return Buffer.concat([prefix, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    };
    // A full chunk is sealed only once more input follows, so the last one can be marked final.
    let pending = Buffer.alloc(0);
    for await (const piece of source) {
      pending = Buffer.concat([pending, asBuffer(piece)]);
      while (pending.length > CHUNK_BYTES) {
        yield seal(pending.subarray(0, CHUNK_BYTES), false);
        pending = pending.subarray(CHUNK_BYTES);
      }
    }
    yield seal(pending, true);
  };

/** A pipeline stage that yields the plaintext of an archive, each chunk only once authenticated. */
export const decryptArchive = (passphrase: string) =>
  async function* (source: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
    const reader = new ByteReader(source[Symbol.asyncIterator]());
    const header = await reader.read(HEADER_BYTES);
    if (header.length < MAGIC.length || !header.subarray(0, MAGIC.length).equals(MAGIC))
      throw new BackupError('NOT_AN_ARCHIVE', 'this file is not a Vigil backup');
    if (header[MAGIC.length] !== VERSION)
      throw new BackupError(
        'UNSUPPORTED_ARCHIVE',
        `this backup has format version ${header[MAGIC.length]}; this Vigil reads version ${VERSION}: restore it with the Vigil release that made it`,
      );
    if (header.length < HEADER_BYTES)
      throw new BackupError(
        'TRUNCATED',
        'the backup file is truncated (it ends inside its header)',
      );
    const [logN = 0, r = 0, p = 0] = header.subarray(MAGIC.length + 1, MAGIC.length + 4);
    const kdf = { logN, r, p };
    if (!kdfAcceptable(kdf))
      throw new BackupError(
        'TAMPERED',
        'the backup header is damaged (impossible key-derivation parameters)',
      );
    const keys = await deriveKeys(passphrase, header.subarray(MAGIC.length + 4, PARAMS_END), kdf);
    const mac = createHmac('sha256', keys.mac).update(header.subarray(0, PARAMS_END)).digest();
    if (!timingSafeEqual(mac, header.subarray(PARAMS_END)))
      throw new BackupError(
        'WRONG_PASSPHRASE',
        'wrong passphrase for this backup (or its header was altered)',
      );

    for (let index = 0n; ; index++) {
      const prefix = await reader.read(4);
      if (prefix.length < 4)
        throw new BackupError(
          'TRUNCATED',
          `the backup file is truncated (it ends before chunk ${index})`,
        );
      const word = prefix.readUInt32BE();
      const final = word >= FINAL;
      const length = word % FINAL;
      if (length > CHUNK_BYTES)
        throw new BackupError('TAMPERED', `the backup file is damaged or altered (chunk ${index})`);
      const sealed = await reader.read(length + TAG_BYTES);
      if (sealed.length < length + TAG_BYTES)
        throw new BackupError(
          'TRUNCATED',
          `the backup file is truncated (it ends inside chunk ${index})`,
        );
      const decipher = createDecipheriv('aes-256-gcm', keys.encryption, nonceOf(index, final));
      decipher.setAAD(prefix);
      decipher.setAuthTag(sealed.subarray(length));
      let plain: Buffer;
      try {
        plain = Buffer.concat([decipher.update(sealed.subarray(0, length)), decipher.final()]);
      } catch {
        throw new BackupError('TAMPERED', `the backup file is damaged or altered (chunk ${index})`);
      }
      if (plain.length) yield plain;
      if (final) break;
    }
    if (!(await reader.atEnd()))
      throw new BackupError('TAMPERED', 'the backup file has unexpected bytes after its end');
  };

/** The plaintext: manifest frame, then the body. */
async function* framed(manifest: unknown, body: AsyncIterable<Buffer | string>) {
  const json = Buffer.from(JSON.stringify(manifest), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  yield Buffer.concat([length, json]);
  yield* body;
}

/**
 * Writes an archive next to `path` and renames it into place only once complete and on disk, so a
 * failed backup never leaves a file that looks like one. Refuses to replace an existing file.
 */
export const writeArchive = async ({
  path,
  passphrase,
  manifest,
  body,
  kdf,
}: {
  path: string;
  passphrase: string;
  manifest: unknown;
  body: AsyncIterable<Buffer | string>;
  kdf?: KdfParams;
}): Promise<{ bytes: number }> => {
  assertPassphrase(passphrase);
  if (existsSync(path))
    throw new BackupError('OUTPUT_EXISTS', `${path} already exists: choose another file name`);
  const partial = `${path}.partial`;
  try {
    await pipeline(
      framed(manifest, body),
      encryptArchive(passphrase, kdf),
      createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
    );
    const handle = await open(partial, 'r+');
    const { size } = await handle.stat();
    await handle.sync();
    await handle.close();
    await rename(partial, path);
    return { bytes: size };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(partial, { force: true });
    throw error;
  }
};

export interface OpenedArchive {
  manifest: unknown;
  /** The rest of the plaintext; throws (and yields nothing more) at the first bad chunk. */
  body: AsyncGenerator<Buffer>;
}

/** Opens an archive: checks the passphrase and reads the manifest, leaving the body to stream. */
export const openArchive = async (path: string, passphrase: string): Promise<OpenedArchive> => {
  const plain = decryptArchive(passphrase)(createReadStream(path));
  const reader = new ByteReader(plain);
  const prefix = await reader.read(4);
  if (prefix.length < 4) throw new BackupError('TAMPERED', 'the backup has no manifest');
  const length = prefix.readUInt32BE();
  if (length > MAX_MANIFEST_BYTES)
    throw new BackupError('TAMPERED', 'the backup manifest is impossibly large');
  const json = await reader.read(length);
  if (json.length < length)
    throw new BackupError('TRUNCATED', 'the backup ends inside its manifest');
  async function* body(): AsyncGenerator<Buffer> {
    for (;;) {
      const piece = await reader.read(CHUNK_BYTES);
      if (!piece.length) return;
      yield piece;
    }
  }
  return { manifest: JSON.parse(json.toString('utf8')) as unknown, body: body() };
};

/** Reads a whole archive without writing anything, proving every byte authentic. */
export const verifyArchive = async (
  path: string,
  passphrase: string,
): Promise<{ manifest: unknown; bodyBytes: number }> => {
  const { manifest, body } = await openArchive(path, passphrase);
  let bodyBytes = 0;
  for await (const piece of body) bodyBytes += piece.length;
  return { manifest, bodyBytes };
};
