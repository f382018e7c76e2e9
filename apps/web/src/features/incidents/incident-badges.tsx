import { Badge } from '../../components/ui';
import { STATUS_TONE, statusHint, statusLabel, type IncidentStatus } from './incident-lifecycle';

export const IncidentStatusBadge = ({ status }: { status: IncidentStatus }) => (
  <Badge tone={STATUS_TONE[status] ?? 'neutral'} dot title={statusHint(status)}>
    {statusLabel(status)}
  </Badge>
);
