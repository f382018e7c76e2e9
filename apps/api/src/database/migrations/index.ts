import { CreateSweeperState1763700000000 } from './1763700000000-CreateSweeperState.js';
import { CreateIdentityAndAuditLog1763710000000 } from './1763710000000-CreateIdentityAndAuditLog.js';
import { CreateOidcLoginState1763720000000 } from './1763720000000-CreateOidcLoginState.js';
import { HardenAuditLog1763730000000 } from './1763730000000-HardenAuditLog.js';
import { CreateAlarmsAndAlerts1763740000000 } from './1763740000000-CreateAlarmsAndAlerts.js';
import { AddIncidentClocks1763750000000 } from './1763750000000-AddIncidentClocks.js';
import { AddNoticesTargetsWebhooks1763760000000 } from './1763760000000-AddNoticesTargetsWebhooks.js';
import { AddRunbooksAndContinuity1763770000000 } from './1763770000000-AddRunbooksAndContinuity.js';
import { AddClientDataRequests1763780000000 } from './1763780000000-AddClientDataRequests.js';
import { AddAuditPartitionDrop1763790000000 } from './1763790000000-AddAuditPartitionDrop.js';
import { AddUserLocale1763800000000 } from './1763800000000-AddUserLocale.js';
import { AddIncidentListIndex1763810000000 } from './1763810000000-AddIncidentListIndex.js';

/** Every migration, oldest first. Listed, not globbed, so the ESM build and Jest load the same set. */
export const migrations = [
  CreateSweeperState1763700000000,
  CreateIdentityAndAuditLog1763710000000,
  CreateOidcLoginState1763720000000,
  HardenAuditLog1763730000000,
  CreateAlarmsAndAlerts1763740000000,
  AddIncidentClocks1763750000000,
  AddNoticesTargetsWebhooks1763760000000,
  AddRunbooksAndContinuity1763770000000,
  AddClientDataRequests1763780000000,
  AddAuditPartitionDrop1763790000000,
  AddUserLocale1763800000000,
  AddIncidentListIndex1763810000000,
];
