import type {
  DataRequest,
  DestructionCertificate,
  DestructionStatement,
  ExportManifest,
} from '@vigil/contracts';

// Builders for this feature's unit tests: a valid value, with only what a test is about changed.

export const aDataRequest = (overrides: Partial<DataRequest> = {}): DataRequest => ({
  id: 'dr1',
  organizationId: 'acme',
  organizationName: 'Acme Corp',
  kind: 'deletion',
  reason: 'end_of_contract',
  status: 'open',
  note: '',
  requestedAt: '2026-11-01T10:00:00.000Z',
  dueAt: '2026-12-01T10:00:00.000Z',
  completedAt: null,
  assignee: null,
  exportManifest: null,
  certificateId: null,
  history: [],
  ...overrides,
});

export const aManifest = (overrides: Partial<ExportManifest> = {}): ExportManifest => ({
  organizationId: 'acme',
  requestId: 'dr1',
  generatedAt: '2026-11-02T09:00:00.000Z',
  files: [
    {
      name: 'audit-events.ndjson',
      kind: 'audit_events',
      count: 3,
      bytes: 1200,
      sha256: 'a'.repeat(64),
    },
    { name: 'incidents.ndjson', kind: 'incidents', count: 1, bytes: 300, sha256: 'b'.repeat(64) },
  ],
  ...overrides,
});

export const aStatement = (
  overrides: Partial<DestructionStatement> = {},
): DestructionStatement => ({
  certificateId: 'cert-1',
  organization: { id: 'acme', name: 'Acme Corp' },
  request: {
    id: 'dr1',
    reason: 'end_of_contract',
    requestedAt: '2026-11-01T10:00:00.000Z',
    completedAt: '2026-11-03T10:00:00.000Z',
  },
  destroyed: [
    {
      kind: 'audit_events',
      count: 5,
      from: '2026-10-01T00:00:00.000Z',
      to: '2026-10-31T00:00:00.000Z',
      tombstones: [
        {
          source: 'app',
          count: 3,
          fromSeq: 10,
          toSeq: 12,
          firstHash: 'c'.repeat(64),
          lastHash: 'd'.repeat(64),
        },
        {
          source: 'edge',
          count: 2,
          fromSeq: 4,
          toSeq: 5,
          firstHash: 'e'.repeat(64),
          lastHash: 'f'.repeat(64),
        },
      ],
    },
    { kind: 'contacts', count: 2, from: null, to: null },
  ],
  retained: [
    {
      kind: 'incident_register',
      count: 1,
      why: 'Law 25 s. 3.8 and PIPEDA s. 10.3: kept 24 months',
    },
  ],
  backupsExpireBy: '2026-11-10T10:00:00.000Z',
  issuedAt: '2026-11-03T10:00:01.000Z',
  issuer: {
    keyId: 'k-2026',
    publicKeyPem: '-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----',
  },
  ...overrides,
});

export const aCertificate = (
  overrides: Partial<DestructionStatement> = {},
): DestructionCertificate => ({ statement: aStatement(overrides), signature: 'c2lnbmF0dXJl' });
