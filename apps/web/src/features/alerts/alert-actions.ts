import type { Alert, Role } from '@vigil/contracts';
import { canAcknowledgeAlerts, canPromoteAlerts, canSuppressAlerts } from '../../app/access';

export type AlertActionKind = 'acknowledge' | 'promote' | 'suppress';

/** The actions this person may take on this alert now; none for what their role cannot do. */
export const availableActions = (
  role: Role,
  alert: Pick<Alert, 'status' | 'incidentId'>,
): AlertActionKind[] => {
  if (alert.status === 'resolved') return [];
  const actions: AlertActionKind[] = [];
  if (alert.status === 'open' && canAcknowledgeAlerts(role)) actions.push('acknowledge');
  if (!alert.incidentId && canPromoteAlerts(role)) actions.push('promote');
  if (alert.status !== 'suppressed' && canSuppressAlerts(role)) actions.push('suppress');
  return actions;
};
