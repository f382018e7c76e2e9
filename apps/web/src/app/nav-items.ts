import type { CurrentUser } from '@vigil/contracts';
import type { ComponentType } from 'react';
import {
  AlertIcon,
  AuditIcon,
  BuildingIcon,
  DeadlineIcon,
  IncidentIcon,
  OutboxIcon,
  OverviewIcon,
  RunbookIcon,
  SettingsIcon,
  ShieldCheckIcon,
  type IconProps,
} from '../components/ui';
import { canUse, type Area } from './access';

export interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<IconProps>;
  area: Area;
}

export interface NavGroup {
  label: string;
  items: readonly NavItem[];
}

export const navGroups: readonly NavGroup[] = [
  {
    label: 'Respond',
    items: [
      { to: '/', label: 'Overview', icon: OverviewIcon, area: 'overview' },
      { to: '/incidents', label: 'Incidents', icon: IncidentIcon, area: 'incidents' },
      { to: '/alerts', label: 'Alerts', icon: AlertIcon, area: 'alerts' },
      { to: '/deadlines', label: 'Deadlines', icon: DeadlineIcon, area: 'deadlines' },
    ],
  },
  {
    label: 'Prove',
    items: [
      { to: '/audit', label: 'Audit log', icon: AuditIcon, area: 'audit' },
      { to: '/runbooks', label: 'Runbooks', icon: RunbookIcon, area: 'runbooks' },
      { to: '/continuity', label: 'Continuity', icon: ShieldCheckIcon, area: 'continuity' },
    ],
  },
  {
    label: 'Manage',
    items: [
      { to: '/organizations', label: 'Organizations', icon: BuildingIcon, area: 'organizations' },
      { to: '/outbox', label: 'Outbox', icon: OutboxIcon, area: 'outbox' },
      { to: '/settings', label: 'Settings', icon: SettingsIcon, area: 'settings' },
    ],
  },
];

/** The navigation this person can use; a client's auditor has one organization, not a list. */
export const navGroupsFor = (user: Pick<CurrentUser, 'role' | 'organizationId'>): NavGroup[] =>
  navGroups
    .map((group) => ({
      ...group,
      items: group.items
        .filter((item) => canUse(user.role, item.area))
        .map((item) =>
          item.area === 'organizations' && user.role === 'client_auditor'
            ? {
                ...item,
                to: `/organizations/${encodeURIComponent(user.organizationId ?? '')}`,
                label: 'Organization',
              }
            : item,
        ),
    }))
    .filter((group) => group.items.length > 0);
