import type { Jurisdiction } from '@vigil/contracts';

/** Where the people whose data a client holds live; each brings its own breach-notice rules. */
export const JURISDICTION_LABELS: Record<Jurisdiction, { name: string; law: string }> = {
  'CA-QC': { name: 'Québec', law: 'Law 25' },
  CA: { name: 'Canada', law: 'PIPEDA' },
  EU: { name: 'European Union', law: 'GDPR' },
  US: { name: 'United States', law: 'State laws' },
  UK: { name: 'United Kingdom', law: 'UK GDPR' },
  OTHER: { name: 'Other', law: 'Local law' },
};
