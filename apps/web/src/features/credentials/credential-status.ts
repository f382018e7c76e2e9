import type { Credential } from '@vigil/contracts';

export type CredentialStatus = 'active' | 'revoked' | 'expired';

export const credentialStatus = (credential: Credential, now: number): CredentialStatus => {
  if (credential.revokedAt) return 'revoked';
  if (credential.expiresAt && Date.parse(credential.expiresAt) <= now) return 'expired';
  return 'active';
};

export const EXPIRY_PRESETS = [
  { value: 'never', label: 'Never', days: undefined },
  { value: '30', label: 'In 30 days', days: 30 },
  { value: '90', label: 'In 90 days', days: 90 },
  { value: '365', label: 'In 1 year', days: 365 },
] as const;

export type ExpiryPreset = (typeof EXPIRY_PRESETS)[number]['value'];

/** The `expiresAt` to send for a preset chosen at `now`. */
export const expiresAtFor = (preset: ExpiryPreset, now: number): string | undefined => {
  const days = EXPIRY_PRESETS.find((p) => p.value === preset)?.days;
  return days === undefined ? undefined : new Date(now + days * 24 * 3600 * 1000).toISOString();
};
