import type { UserPrincipal } from './principal.js';

/**
 * Whose client data a caller may see. Every query over client data takes one, so forgetting the
 * filter is a type error rather than a leak (STYLE.md §9).
 */
export type DataScope = { kind: 'all' } | { kind: 'organization'; organizationId: string };

export const scopeOf = (user: UserPrincipal): DataScope =>
  user.role === 'client_auditor'
    ? { kind: 'organization', organizationId: user.organizationId ?? '\u0000no-organization' }
    : { kind: 'all' };
