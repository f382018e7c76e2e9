import type { Role } from '@vigil/contracts';

// Types only from @vigil/contracts: the Deadlines board and the organization page read these.
// They mirror the API's rules for client data requests; the server decides, hiding spares a 403.

const DATA_OWNERS: readonly Role[] = ['admin', 'dpo'];

/** `GET|POST /organizations/{id}/data-requests`, `/data-requests/*`, `PUT …/legal-hold`. */
export const canManageDataRequests = (role: Role): boolean => DATA_OWNERS.includes(role);
