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
import type { appMessages } from './messages';

type NavWords = (typeof appMessages.en)['nav'];
type GroupWords = (typeof appMessages.en)['groups'];

export interface NavItem {
  to: string;
  labelKey: keyof NavWords;
  icon: ComponentType<IconProps>;
  area: Area;
}

export interface NavGroup {
  labelKey: keyof GroupWords;
  items: readonly NavItem[];
}

export const navGroups: readonly NavGroup[] = [
  {
    labelKey: 'respond',
    items: [
      { to: '/', labelKey: 'overview', icon: OverviewIcon, area: 'overview' },
      { to: '/incidents', labelKey: 'incidents', icon: IncidentIcon, area: 'incidents' },
      { to: '/alerts', labelKey: 'alerts', icon: AlertIcon, area: 'alerts' },
      { to: '/deadlines', labelKey: 'deadlines', icon: DeadlineIcon, area: 'deadlines' },
    ],
  },
  {
    labelKey: 'prove',
    items: [
      { to: '/audit', labelKey: 'audit', icon: AuditIcon, area: 'audit' },
      { to: '/runbooks', labelKey: 'runbooks', icon: RunbookIcon, area: 'runbooks' },
      { to: '/continuity', labelKey: 'continuity', icon: ShieldCheckIcon, area: 'continuity' },
    ],
  },
  {
    labelKey: 'manage',
    items: [
      {
        to: '/organizations',
        labelKey: 'organizations',
        icon: BuildingIcon,
        area: 'organizations',
      },
      { to: '/outbox', labelKey: 'outbox', icon: OutboxIcon, area: 'outbox' },
      { to: '/settings', labelKey: 'settings', icon: SettingsIcon, area: 'settings' },
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
        .map((item): NavItem =>
          item.area === 'organizations' && user.role === 'client_auditor'
            ? {
                ...item,
                to: `/organizations/${encodeURIComponent(user.organizationId ?? '')}`,
                labelKey: 'organization',
              }
            : item,
        ),
    }))
    .filter((group) => group.items.length > 0);
