import type { Credential } from '@vigil/contracts';
import { pick } from '../../i18n';
import { credentialMessages } from './messages';

export type CredentialStatus = 'active' | 'revoked' | 'expired';

export const credentialStatus = (credential: Credential, now: number): CredentialStatus => {
  if (credential.revokedAt) return 'revoked';
  if (credential.expiresAt && Date.parse(credential.expiresAt) <= now) return 'expired';
  return 'active';
};

const preset = <V extends 'never' | '30' | '90' | '365', D extends number | undefined>(
  value: V,
  days: D,
) => ({
  value,
  days,
  /** "In 30 days", read when shown, in the active language. */
  get label(): string {
    return pick(credentialMessages).expiry[value];
  },
});

export const EXPIRY_PRESETS = [
  preset('never', undefined),
  preset('30', 30),
  preset('90', 90),
  preset('365', 365),
] as const;

export type ExpiryPreset = (typeof EXPIRY_PRESETS)[number]['value'];

/** The `expiresAt` to send for a preset chosen at `now`. */
export const expiresAtFor = (preset: ExpiryPreset, now: number): string | undefined => {
  const days = EXPIRY_PRESETS.find((p) => p.value === preset)?.days;
  return days === undefined ? undefined : new Date(now + days * 24 * 3600 * 1000).toISOString();
};
