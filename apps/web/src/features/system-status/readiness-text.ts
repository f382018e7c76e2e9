import type { DependencyCheck, Readiness } from '@vigil/contracts';
import { pick } from '../../i18n';
import { messages } from './messages';

const dependencyNames: Record<string, string> = { postgres: 'Postgres', redis: 'Redis' };

export const dependencyLabel = (name: string): string =>
  dependencyNames[name] ?? name.charAt(0).toUpperCase() + name.slice(1);

/** "All systems operational" or "Degraded: Redis down". */
export const readinessHeadline = (readiness: Readiness): string => {
  const t = pick(messages).headline;
  if (readiness.status === 'ok' && readiness.down.length === 0) return t.operational;
  const down = readiness.down.map(dependencyLabel);
  return down.length > 0 ? t.degradedDown(down.join(', ')) : t.degraded;
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
