import { Badge } from '../../components/ui';
import { STATUS, type IncidentStatus } from './incident-lifecycle';

export const IncidentStatusBadge = ({ status }: { status: IncidentStatus }) => (
  <Badge tone={STATUS[status]?.tone ?? 'neutral'} dot title={STATUS[status]?.hint}>
    {STATUS[status]?.label ?? status}
  </Badge>
);
