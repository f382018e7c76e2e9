import { SetMetadata } from '@nestjs/common';
import { ROLES, type Role } from '@vigil/contracts';

/**
 * Every route declares who may call it; the guard denies a route that declares nothing, and the
 * application refuses to start with one (see route-access.check.ts).
 */
export type AccessRule =
  | { kind: 'public' }
  /** Any signed-in user or personal token; `admin` is always allowed. */
  | { kind: 'roles'; roles: readonly Role[] }
  /** Ingest keys only (bound to one source). */
  | { kind: 'ingest' };

export const ACCESS_RULE = 'vigil:access';

export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);
export const IngestKey = () => SetMetadata(ACCESS_RULE, { kind: 'ingest' } satisfies AccessRule);

export const ALL_ROLES: readonly Role[] = ROLES;

/** Whether a role passes a `roles` rule: `admin` always does. */
export const roleMayUse = (role: Role, roles: readonly Role[]): boolean =>
  role === 'admin' || roles.includes(role);
export const SignedIn = () => Roles(...ALL_ROLES);
