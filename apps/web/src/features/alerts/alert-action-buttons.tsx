import type { Alert } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { BellOffIcon, Button, CheckIcon, IncidentIcon } from '../../components/ui';
import { useMessages } from '../../i18n';
import { useCurrentUser } from '../auth/queries';
import type { AlertActionKind } from './alert-actions';
import { availableActions } from './alert-actions';
import { alertMessages } from './messages';

const ICONS: Record<AlertActionKind, ReactNode> = {
  acknowledge: <CheckIcon />,
  promote: <IncidentIcon />,
  suppress: <BellOffIcon />,
};

export interface AlertActionButtonsProps {
  alert: Alert;
  onAction: (kind: AlertActionKind, alert: Alert) => void;
  size?: 'sm' | 'md';
}

export const AlertActionButtons = ({ alert, onAction, size = 'sm' }: AlertActionButtonsProps) => {
  const { role } = useCurrentUser();
  const t = useMessages(alertMessages);
  const actions = availableActions(role, alert);
  if (actions.length === 0) return null;
  return (
    <span className="action-group">
      {actions.map((kind) => (
        <Button
          key={kind}
          size={size}
          variant={size === 'md' || kind === 'promote' ? 'secondary' : 'ghost'}
          icon={ICONS[kind]}
          aria-label={t.actionOn(t.actions[kind].label, alert.title)}
          title={t.actions[kind].title}
          onClick={() => onAction(kind, alert)}
        >
          {t.actions[kind].label}
        </Button>
      ))}
    </span>
  );
};
