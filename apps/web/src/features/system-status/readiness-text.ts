import type { DependencyCheck, Readiness } from '@vigil/contracts';

const dependencyNames: Record<string, string> = { postgres: 'Postgres', redis: 'Redis' };

export const dependencyLabel = (name: string): string =>
  dependencyNames[name] ?? name.charAt(0).toUpperCase() + name.slice(1);

/** "All systems operational" or "Degraded: Redis down". */
export const readinessHeadline = (readiness: Readiness): string => {
  if (readiness.status === 'ok' && readiness.down.length === 0) return 'All systems operational';
  const down = readiness.down.map(dependencyLabel);
  return down.length > 0 ? `Degraded: ${down.join(', ')} down` : 'Degraded';
};

export interface CheckRow {
  key: string;
  label: string;
  check?: DependencyCheck;
}

export const checkRows = (readiness: Readiness): CheckRow[] => [
  { key: 'postgres', label: 'Postgres', check: readiness.checks.postgres },
  { key: 'redis', label: 'Redis', check: readiness.checks.redis },
];
