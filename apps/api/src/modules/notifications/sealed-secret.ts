import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Webhook signing secrets must be read back to sign each delivery, so unlike credentials they
 * cannot be hashed: they are sealed with AES-256-GCM under a key derived from SESSION_SECRET.
 * Rotating SESSION_SECRET therefore means re-creating the webhooks.
 */
const keyFrom = (serverSecret: string): Buffer =>
  Buffer.from(hkdfSync('sha256', serverSecret, 'vigil', 'webhook-signing-secrets', 32));

export const seal = (serverSecret: string, plaintext: string): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(serverSecret), iv);
  const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), sealed]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
};

export const unseal = (serverSecret: string, value: string): string => {
  const [version, iv, tag, sealed] = value.split('.');
  if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('unknown sealed secret format');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyFrom(serverSecret),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(sealed, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
};
