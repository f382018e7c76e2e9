import type { DestructionCertificate } from '@vigil/contracts';
import { canonicalJson } from '@vigil/domain';
import { createPublicKey } from 'node:crypto';
import { keyIdOf, verifySignature } from '../audit-events/signing-key.service.js';

export interface CertificateCheck {
  ok: boolean;
  certificateId: string | null;
  organization: string | null;
  keyId: string | null;
  reason?: string;
}

/**
 * Checks a certificate of destruction offline: the Ed25519 signature over the canonical JSON of its
 * statement, and that the key id names the key it carries. Pass the instance's published public
 * key (`GET /api/v1/audit-events/public-key`) to also prove who signed it.
 */
export const checkCertificate = (text: string, expectedPublicKeyPem?: string): CertificateCheck => {
  let certificate: DestructionCertificate;
  try {
    certificate = JSON.parse(text) as DestructionCertificate;
  } catch {
    return { ok: false, certificateId: null, organization: null, keyId: null, reason: 'not JSON' };
  }
  const statement = certificate?.statement;
  const base = {
    certificateId: statement?.certificateId ?? null,
    organization: statement?.organization?.name ?? null,
    keyId: statement?.issuer?.keyId ?? null,
  };
  if (!statement?.issuer?.publicKeyPem || typeof certificate.signature !== 'string') {
    return { ok: false, ...base, reason: 'no statement, issuer key or signature' };
  }
  let keyId: string;
  try {
    keyId = keyIdOf(createPublicKey(statement.issuer.publicKeyPem));
  } catch {
    return { ok: false, ...base, reason: 'the issuer key is not a public key' };
  }
  if (keyId !== statement.issuer.keyId)
    return { ok: false, ...base, reason: 'the key id does not match the key' };
  if (expectedPublicKeyPem && keyIdOf(createPublicKey(expectedPublicKeyPem)) !== keyId) {
    return { ok: false, ...base, reason: 'signed by another key than the one given' };
  }
  const valid = verifySignature(
    statement.issuer.publicKeyPem,
    canonicalJson(statement),
    Buffer.from(certificate.signature, 'base64'),
  );
  return valid
    ? { ok: true, ...base }
    : { ok: false, ...base, reason: 'the signature does not match the statement' };
};
