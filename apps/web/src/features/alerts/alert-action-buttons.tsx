import type { Alert } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { BellOffIcon, Button, CheckIcon, IncidentIcon } from '../../components/ui';
import { useCurrentUser } from '../auth/queries';
import type { AlertActionKind } from './alert-actions';
import { availableActions } from './alert-actions';

const BUTTONS: Record<AlertActionKind, { label: string; icon: ReactNode }> = {
  acknowledge: { label: 'Acknowledge', icon: <CheckIcon /> },
  promote: { label: 'Promote', icon: <IncidentIcon /> },
  suppress: { label: 'Suppress', icon: <BellOffIcon /> },
};

export interface AlertActionButtonsProps {
  alert: Alert;
  onAction: (kind: AlertActionKind, alert: Alert) => void;
  size?: 'sm' | 'md';
}

export const AlertActionButtons = ({ alert, onAction, size = 'sm' }: AlertActionButtonsProps) => {
  const { role } = useCurrentUser();
  const actions = availableActions(role, alert);
  if (actions.length === 0) return null;
  return (
    <span className="action-group">
      {actions.map((kind) => (
        <Button
          key={kind}
          size={size}
          variant={size === 'md' || kind === 'promote' ? 'secondary' : 'ghost'}
          icon={BUTTONS[kind].icon}
          aria-label={`${BUTTONS[kind].label}: ${alert.title}`}
          title={`${BUTTONS[kind].label} this alert`}
          onClick={() => onAction(kind, alert)}
        >
          {BUTTONS[kind].label}
        </Button>
      ))}
    </span>
  );
};
