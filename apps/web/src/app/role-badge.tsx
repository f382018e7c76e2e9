import type { Role } from '@vigil/contracts';
import { Badge, type BadgeTone } from '../components/ui';
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from './access';

// Admin stands out: it is the role that can change everyone else's.
const tones: Record<Role, BadgeTone> = {
  admin: 'warning',
  security_lead: 'info',
  responder: 'info',
  dpo: 'info',
  auditor: 'info',
  client_auditor: 'neutral',
};

export const RoleBadge = ({ role }: { role: Role }) => (
  <Badge tone={tones[role]} title={ROLE_DESCRIPTIONS[role]}>
    {ROLE_LABELS[role]}
  </Badge>
);
