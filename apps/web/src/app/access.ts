import type { CurrentUser, Role } from '@vigil/contracts';
import { localizedRecord } from '../i18n';
import { roleMessages } from './messages';

// Types only from @vigil/contracts here: its runtime schemas would pull zod into the first route.

/** The areas of the console; each page and navigation entry belongs to one. */
export type Area =
  | 'overview'
  | 'incidents'
  | 'alerts'
  | 'deadlines'
  | 'audit'
  | 'runbooks'
  | 'continuity'
  | 'organizations'
  | 'outbox'
  | 'settings';

const STAFF: readonly Role[] = ['admin', 'security_lead', 'responder', 'dpo', 'auditor'];
/** `GET /alerts`, `/alarms`, `/alert-rules`, `/detection-rules`. */
const ALERT_READERS: readonly Role[] = ['admin', 'security_lead', 'responder'];
/** Promote, suppress, and every rule write. */
const ALERT_LEADS: readonly Role[] = ['admin', 'security_lead'];

/**
 * Who may open each area, mirroring the API's rules (admin may do everything there). The server
 * decides: hiding what a role cannot use only spares people a page of 403s.
 */
/** `GET /obligations`. */
const OBLIGATION_READERS: readonly Role[] = ['admin', 'security_lead', 'dpo', 'auditor'];

const AREA_ROLES: Record<Area, readonly Role[]> = {
  overview: STAFF,
  incidents: STAFF,
  alerts: ALERT_READERS,
  deadlines: OBLIGATION_READERS,
  runbooks: STAFF,
  // `GET /services`, `/backup-tests`, `/drills`, `/continuity/*`.
  continuity: STAFF,
  audit: ['admin', 'security_lead', 'dpo', 'auditor', 'client_auditor'],
  organizations: [...STAFF, 'client_auditor'],
  outbox: ['admin', 'dpo'],
  // Admin's own tabs, plus the alert and detection rules that security leads and responders read.
  settings: ALERT_READERS,
};

export const canUse = (role: Role, area: Area): boolean => AREA_ROLES[area].includes(role);

/** `GET /audit-events/checkpoints`: a client's auditor sees no other client's streams. */
export const canReadCheckpoints = (role: Role): boolean =>
  ['admin', 'security_lead', 'dpo', 'auditor'].includes(role);

/** `POST /audit-events/checkpoints`. */
export const canSignCheckpoints = (role: Role): boolean =>
  ['admin', 'security_lead', 'auditor'].includes(role);

/** `POST /alerts/{id}/acknowledge`. */
export const canAcknowledgeAlerts = (role: Role): boolean => ALERT_READERS.includes(role);

/** `POST /alerts/{id}/promote` and `/suppress`. */
export const canPromoteAlerts = (role: Role): boolean => ALERT_LEADS.includes(role);
export const canSuppressAlerts = (role: Role): boolean => ALERT_LEADS.includes(role);

/** Writes to `/alert-rules` and `/detection-rules`, and the detection preview. */
export const canEditAlertRules = (role: Role): boolean => ALERT_LEADS.includes(role);

/** `POST /incidents`. */
export const canOpenIncidents = (role: Role): boolean =>
  ['admin', 'security_lead', 'responder', 'dpo'].includes(role);

/** `PATCH /incidents/{id}`. */
export const canEditIncidents = (role: Role): boolean =>
  ['admin', 'security_lead', 'dpo'].includes(role);

/** `POST /incidents/{id}/transitions`. */
export const canMoveIncidents = (role: Role): boolean =>
  ['admin', 'security_lead', 'responder'].includes(role);

/** `POST /incidents/{id}/notes`. */
export const canWriteIncidentNotes = (role: Role): boolean =>
  ['admin', 'security_lead', 'responder', 'dpo'].includes(role);

/** `POST /incidents/{id}/evidence`. */
export const canLinkEvidence = (role: Role): boolean =>
  ['admin', 'security_lead', 'dpo'].includes(role);

/** `PUT /incidents/{id}/assessment`, notices, and `POST /obligations/{id}/complete` · `/waive`. */
export const canAssessPrivacy = (role: Role): boolean => ['admin', 'dpo'].includes(role);
export const canRecordNotices = canAssessPrivacy;

/** `GET /obligations`. */
export const canReadObligations = (role: Role): boolean => OBLIGATION_READERS.includes(role);

/** `GET /register`. */
export const canReadRegister = (role: Role): boolean => ['admin', 'dpo', 'auditor'].includes(role);

/** `PUT /services`: the services and the recovery objectives each is held to. */
export const canEditServices = (role: Role): boolean => ['admin', 'security_lead'].includes(role);

/** `POST /backup-tests` and `POST /drills`. */
export const canRecordContinuityEvidence = (role: Role): boolean =>
  ['admin', 'security_lead', 'responder'].includes(role);

/** The sections of Settings, in the order of its tabs; each is its own address. */
export const SETTINGS_TABS = [
  'users',
  'organizations',
  'api-tokens',
  'ingest-keys',
  'alert-rules',
  'detection-rules',
  'sns',
  'webhooks',
  'response-targets',
  'appearance',
] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

const SETTINGS_TAB_ROLES: Record<SettingsTab, readonly Role[]> = {
  users: ['admin'],
  organizations: ['admin'],
  'api-tokens': ['admin'],
  'ingest-keys': ['admin'],
  'alert-rules': ALERT_READERS,
  'detection-rules': ALERT_READERS,
  // Confirming a subscription makes Vigil call out to AWS: an admin's decision.
  sns: ['admin'],
  // Each endpoint gets reminders about incidents: only an admin decides where they go.
  webhooks: ['admin'],
  'response-targets': ALERT_READERS,
  appearance: ALERT_READERS,
};

/** `PUT /response-targets`; every role that opens Settings reads them. */
export const canEditResponseTargets = (role: Role): boolean => role === 'admin';

export const canUseSettingsTab = (role: Role, tab: SettingsTab): boolean =>
  canUse(role, 'settings') && SETTINGS_TAB_ROLES[tab].includes(role);

/** Where Settings opens for this role: its first tab. */
export const firstSettingsTab = (role: Role): SettingsTab =>
  SETTINGS_TABS.find((tab) => canUseSettingsTab(role, tab)) ?? 'appearance';

/** Where a person lands after signing in without a page to return to. */
export const homePath = (user: Pick<CurrentUser, 'role'>): string =>
  canUse(user.role, 'overview') ? '/' : '/audit';

/** "Security lead" / "Responsable de la sécurité": a role as people read it, in their language. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = localizedRecord({
  en: roleMessages.en.labels,
  'fr-CA': roleMessages['fr-CA'].labels,
});

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = localizedRecord({
  en: roleMessages.en.descriptions,
  'fr-CA': roleMessages['fr-CA'].descriptions,
});

/** In the order an admin thinks of them, most powerful first. */
export const ROLE_ORDER: readonly Role[] = [
  'admin',
  'security_lead',
  'responder',
  'dpo',
  'auditor',
  'client_auditor',
];

/**
 * A page address from `?next=` that is safe to go to after sign-in: same origin, never the
 * sign-in page itself (an open redirect would let a phishing link choose where people land).
 */
export const safeNext = (next: string | null | undefined): string | undefined => {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return undefined;
  }
  try {
    const base = 'http://vigil.invalid';
    const url = new URL(next, base);
    if (url.origin !== base || url.pathname === '/sign-in') return undefined;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return undefined;
  }
};
