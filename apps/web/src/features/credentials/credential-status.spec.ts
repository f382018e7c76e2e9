import type { Credential } from '@vigil/contracts';
import { setActiveLocale } from '../../i18n';
import { credentialStatus, EXPIRY_PRESETS, expiresAtFor } from './credential-status';

const now = Date.parse('2026-11-20T12:00:00Z');
const aCredential = (overrides: Partial<Credential> = {}): Credential => ({
  id: '7b0c',
  kind: 'ingest',
  name: 'app-prod',
  prefix: 'vgl_ik_3f9a',
  userEmail: null,
  source: 'app-prod',
  createdBy: 'admin@localhost',
  createdAt: '2026-11-01T00:00:00Z',
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
  ...overrides,
});

describe('credentialStatus', () => {
  it.each([
    ['no expiry, not revoked', aCredential(), 'active'],
    ['expires later', aCredential({ expiresAt: '2026-12-01T00:00:00Z' }), 'active'],
    ['expired', aCredential({ expiresAt: '2026-11-20T11:59:59Z' }), 'expired'],
    [
      'revoked wins over expired',
      aCredential({ expiresAt: '2026-11-19T00:00:00Z', revokedAt: '2026-11-18T00:00:00Z' }),
      'revoked',
    ],
  ])('%s', (_case, credential, status) => {
    expect(credentialStatus(credential, now)).toBe(status);
  });
});

describe('expiresAtFor', () => {
  it('counts whole days from now, and sends nothing for "never"', () => {
    expect(expiresAtFor('30', now)).toBe('2026-12-20T12:00:00.000Z');
    expect(expiresAtFor('never', now)).toBeUndefined();
  });
});

describe('EXPIRY_PRESETS', () => {
  afterEach(() => setActiveLocale('en'));

  it('labels the presets in the active language', () => {
    expect(EXPIRY_PRESETS.map((p) => p.label)).toEqual([
      'Never',
      'In 30 days',
      'In 90 days',
      'In 1 year',
    ]);
    setActiveLocale('fr-CA');
    expect(EXPIRY_PRESETS.map((p) => p.label)).toEqual([
      'Jamais',
      'Dans 30 jours',
      'Dans 90 jours',
      'Dans 1 an',
    ]);
  });
});
