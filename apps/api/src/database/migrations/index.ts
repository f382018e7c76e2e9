import { CreateSweeperState1763700000000 } from './1763700000000-CreateSweeperState.js';
import { CreateIdentityAndAuditLog1763710000000 } from './1763710000000-CreateIdentityAndAuditLog.js';

/** Every migration, oldest first. Listed, not globbed, so the ESM build and Jest load the same set. */
export const migrations = [CreateSweeperState1763700000000, CreateIdentityAndAuditLog1763710000000];
