import type { Role } from '@vigil/contracts';

// Types only from @vigil/contracts: these helpers are read by the incident page's first chunk too.
// They mirror the API's rules for runbooks; the server decides, hiding only spares a 403.

const LEADS: readonly Role[] = ['admin', 'security_lead'];

/** `GET /runbooks`, `/runbook-runs`, `/services`. */
export const canReadRunbooks = (role: Role): boolean =>
  ['admin', 'security_lead', 'responder', 'dpo', 'auditor'].includes(role);

/** `POST /runbooks`, `PUT /runbooks/{id}`, `/archive`, `/unarchive`. */
export const canWriteRunbooks = (role: Role): boolean => LEADS.includes(role);

/** `POST /runbooks/{id}/runs`. */
export const canStartRuns = (role: Role): boolean =>
  ['admin', 'security_lead', 'responder'].includes(role);

/** `POST /runbook-runs/{id}/finish`. */
export const canFinishRuns = canStartRuns;

/**
 * `PATCH /runbook-runs/{id}/steps/{stepId}`: a step that names a role is that role's to tick off,
 * though a security lead or an admin may always act for them.
 */
export const canUpdateStep = (role: Role, stepRole: Role | null): boolean => {
  if (!['admin', 'security_lead', 'responder', 'dpo'].includes(role)) return false;
  return stepRole === null || stepRole === role || LEADS.includes(role);
};
