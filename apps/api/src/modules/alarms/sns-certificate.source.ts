import { X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { snsUrlProblem } from './sns-url.js';

/** Where the verifier gets the PEM certificate a SigningCertURL names. Rejects when it cannot. */
export interface SnsCertificateSource {
  get(url: string): Promise<string>;
}

/** `transient` failures (network, timeout, 5xx) are worth a retry by SNS; the others are not. */
export class SnsCertificateError extends Error {
  constructor(
    message: string,
    readonly transient = false,
  ) {
    super(message);
    this.name = 'SnsCertificateError';
  }
}

const assertAllowed = (url: string): void => {
  const problem = snsUrlProblem(url, 'SigningCertURL');
  if (problem) throw new SnsCertificateError(`SigningCertURL ${problem}`);
};

const assertPemCertificate = (text: string, what: string): void => {
  if (!text.trimStart().startsWith('-----BEGIN CERTIFICATE-----')) {
    throw new SnsCertificateError(`${what} is not a PEM certificate`);
  }
  try {
    new X509Certificate(text);
  } catch {
    throw new SnsCertificateError(`${what} is not a readable X.509 certificate`);
  }
};

const PEM_FILE_NAME = /^[A-Za-z0-9._-]+\.pem$/;

/**
 * Serves certificates from a directory, by the file name at the end of the SigningCertURL path:
 * for tests, and for deployments that pin the SNS certificates instead of fetching them.
 */
export class PinnedCertificateSource implements SnsCertificateSource {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  async get(url: string): Promise<string> {
    assertAllowed(url);
    const name = new URL(url).pathname.split('/').pop() ?? '';
    // Percent-encoded separators survive URL parsing (`..%2F`); only a plain file name may pass.
    if (!PEM_FILE_NAME.test(name) || name.startsWith('.')) {
      throw new SnsCertificateError(`${name} is not a plain .pem file name`);
    }
    const file = resolve(this.dir, name);
    if (dirname(file) !== this.dir) throw new SnsCertificateError(`${name} leaves ${this.dir}`);
    let pem: string;
    try {
      pem = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new SnsCertificateError(
        code === 'ENOENT' ? `no pinned certificate ${name}` : `cannot read ${name}: ${code}`,
      );
    }
    assertPemCertificate(pem, name);
    return pem;
  }
}

export interface HttpsCertificateSourceOptions {
  fetch?: typeof fetch;
  clock?: () => number;
  ttlMs?: number;
  maxEntries?: number;
  timeoutMs?: number;
  maxBytes?: number;
}

const HOUR_MS = 60 * 60 * 1000;
const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Fetches certificates from their SigningCertURL (only after the AWS URL rule passes), over HTTPS,
 * without following redirects, size- and time-capped, and caches them by URL for an hour.
 */
export class HttpsCertificateSource implements SnsCertificateSource {
  private readonly cache = new Map<string, { pem: string; expiresAt: number }>();
  private readonly fetch: typeof fetch;
  private readonly clock: () => number;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;

  constructor(options: HttpsCertificateSourceOptions = {}) {
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.clock = options.clock ?? Date.now;
    this.ttlMs = options.ttlMs ?? HOUR_MS;
    this.maxEntries = options.maxEntries ?? 50;
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.maxBytes = options.maxBytes ?? 16 * 1024;
  }

  async get(url: string): Promise<string> {
    assertAllowed(url);
    const cached = this.cache.get(url);
    if (cached && cached.expiresAt > this.clock()) return cached.pem;
    this.cache.delete(url);

    const pem = await this.download(url);
    // Map keeps insertion order: the first key is the oldest entry.
    const oldest = this.cache.keys().next();
    if (this.cache.size >= this.maxEntries && !oldest.done) this.cache.delete(oldest.value);
    this.cache.set(url, { pem, expiresAt: this.clock() + this.ttlMs });
    return pem;
  }

  private async download(url: string): Promise<string> {
    let response: Response;
    try {
      response = await this.fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new SnsCertificateError(`${url} did not answer: ${messageOf(error)}`, true);
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      const transient = response.status >= 500 || response.status === 429;
      throw new SnsCertificateError(`${url} answered HTTP ${response.status}`, transient);
    }
    const pem = await this.readCapped(url, response);
    assertPemCertificate(pem, url);
    return pem;
  }

  private async readCapped(url: string, response: Response): Promise<string> {
    const tooLarge = () => new SnsCertificateError(`${url} is larger than ${this.maxBytes} bytes`);
    if (Number(response.headers.get('content-length')) > this.maxBytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    if (!response.body) throw new SnsCertificateError(`${url} answered without a body`);
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > this.maxBytes) {
          await reader.cancel();
          throw tooLarge();
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof SnsCertificateError) throw error;
      throw new SnsCertificateError(`reading ${url} failed: ${messageOf(error)}`, true);
    }
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
    } catch {
      throw new SnsCertificateError(`${url} is not text`);
    }
  }
}
