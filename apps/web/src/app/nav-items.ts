import type { ComponentType } from 'react';
import {
  AlertIcon,
  AuditIcon,
  DeadlineIcon,
  IncidentIcon,
  OverviewIcon,
  RunbookIcon,
  SettingsIcon,
  type IconProps,
} from '../components/ui';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<IconProps>;
}

export interface NavGroup {
  label: string;
  items: readonly NavItem[];
}

export const navGroups: readonly NavGroup[] = [
  {
    label: 'Respond',
    items: [
      { to: '/', label: 'Overview', icon: OverviewIcon },
      { to: '/incidents', label: 'Incidents', icon: IncidentIcon },
      { to: '/alerts', label: 'Alerts', icon: AlertIcon },
      { to: '/deadlines', label: 'Deadlines', icon: DeadlineIcon },
    ],
  },
  {
    label: 'Prove',
    items: [
      { to: '/audit', label: 'Audit log', icon: AuditIcon },
      { to: '/runbooks', label: 'Runbooks', icon: RunbookIcon },
    ],
  },
  {
    label: 'Manage',
    items: [{ to: '/settings', label: 'Settings', icon: SettingsIcon }],
  },
];
