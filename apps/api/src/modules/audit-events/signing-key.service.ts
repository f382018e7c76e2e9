import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PublicSigningKey } from '@vigil/contracts';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';

const KEY_FILE = 'audit-signing-key.pem';

export const keyIdOf = (publicKey: KeyObject): string =>
  createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);

export const verifySignature = (
  publicKeyPem: string,
  payload: string,
  signature: Buffer,
): boolean => {
  try {
    return verify(null, Buffer.from(payload, 'utf8'), createPublicKey(publicKeyPem), signature);
  } catch {
    return false;
  }
};

/**
 * The instance's Ed25519 key: it signs audit checkpoints (and certificates). Generated once under
 * DATA_DIR (or given as AUDIT_SIGNING_KEY); its public half is published in signing_key so any
 * replica, and any auditor, can verify what it signed.
 */
@Injectable()
export class SigningKeyService {
  private readonly privateKey: KeyObject;
  readonly keyId: string;
  readonly publicKeyPem: string;

  constructor(
    @InjectConfig() config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.privateKey = createPrivateKey(config.auditSigningKey ?? readOrCreateKey(config.dataDir));
    if (this.privateKey.asymmetricKeyType !== 'ed25519')
      throw new Error('AUDIT_SIGNING_KEY must be an Ed25519 key');
    const publicKey = createPublicKey(this.privateKey);
    this.keyId = keyIdOf(publicKey);
    this.publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  }

  /** Signs, making sure the public key is on record first so the signature can be checked. */
  async sign(payload: string, manager?: EntityManager): Promise<Buffer> {
    await this.register(manager);
    return sign(null, Buffer.from(payload, 'utf8'), this.privateKey);
  }

  async publicKeys(): Promise<PublicSigningKey[]> {
    await this.register();
    const rows = (await this.dataSource.query(
      'SELECT key_id, public_key_pem, created_at FROM signing_key ORDER BY created_at',
    )) as { key_id: string; public_key_pem: string; created_at: Date }[];
    return rows.map((row) => ({
      keyId: row.key_id,
      algorithm: 'Ed25519',
      publicKeyPem: row.public_key_pem,
      createdAt: row.created_at.toISOString(),
    }));
  }

  private async register(manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `INSERT INTO signing_key (key_id, public_key_pem) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING`,
      [this.keyId, this.publicKeyPem],
    );
  }
}

const readOrCreateKey = (dataDir: string): string => {
  const path = join(dataDir, KEY_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  writeFileSync(path, pem, { mode: 0o600, flag: 'wx' });
  return pem;
};
