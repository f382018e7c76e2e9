import { CreateSweeperState1763700000000 } from './1763700000000-CreateSweeperState.js';

/** Every migration, oldest first. Listed, not globbed, so the ESM build and Jest load the same set. */
export const migrations = [CreateSweeperState1763700000000];
