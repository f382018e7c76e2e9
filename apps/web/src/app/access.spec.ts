import type { Role } from '@vigil/contracts';
import {
  canAcknowledgeAlerts,
  canEditAlertRules,
  canEditServices,
  canEditResponseTargets,
  canPromoteAlerts,
  canRecordContinuityEvidence,
  canSuppressAlerts,
  canUse,
  canUseSettingsTab,
  firstSettingsTab,
  homePath,
  safeNext,
  SETTINGS_TABS,
  type Area,
  type SettingsTab,
} from './access';

describe('canUse', () => {
  const areas: Area[] = [
    'overview',
    'alerts',
    'audit',
    'continuity',
    'organizations',
    'outbox',
    'settings',
  ];
  it.each<[Role, Area[]]>([
    ['admin', ['overview', 'alerts', 'audit', 'continuity', 'organizations', 'outbox', 'settings']],
    ['security_lead', ['overview', 'alerts', 'audit', 'continuity', 'organizations', 'settings']],
    ['responder', ['overview', 'alerts', 'continuity', 'organizations', 'settings']],
    ['dpo', ['overview', 'audit', 'continuity', 'organizations', 'outbox']],
    ['auditor', ['overview', 'audit', 'continuity', 'organizations']],
    ['client_auditor', ['audit', 'organizations']],
  ])('%s sees %j', (role, visible) => {
    expect(areas.filter((area) => canUse(role, area))).toEqual(visible);
  });
});

describe('alert actions', () => {
  it.each<[Role, boolean, boolean]>([
    ['admin', true, true],
    ['security_lead', true, true],
    ['responder', true, false],
    ['dpo', false, false],
    ['auditor', false, false],
  ])('%s: acknowledge %s, promote/suppress/edit rules %s', (role, acknowledge, lead) => {
    expect(canAcknowledgeAlerts(role)).toBe(acknowledge);
    expect(canPromoteAlerts(role)).toBe(lead);
    expect(canSuppressAlerts(role)).toBe(lead);
    expect(canEditAlertRules(role)).toBe(lead);
  });
});

describe('continuity writes', () => {
  it.each<[Role, boolean, boolean]>([
    ['admin', true, true],
    ['security_lead', true, true],
    ['responder', false, true],
    ['dpo', false, false],
    ['auditor', false, false],
    ['client_auditor', false, false],
  ])('%s: edit services %s, record tests and drills %s', (role, services, evidence) => {
    expect(canEditServices(role)).toBe(services);
    expect(canRecordContinuityEvidence(role)).toBe(evidence);
  });
});

describe('settings tabs', () => {
  it.each<[Role, SettingsTab[]]>([
    ['admin', [...SETTINGS_TABS]],
    ['security_lead', ['alert-rules', 'detection-rules', 'response-targets', 'appearance']],
    ['responder', ['alert-rules', 'detection-rules', 'response-targets', 'appearance']],
    ['auditor', []],
  ])('%s sees %j', (role, visible) => {
    expect(SETTINGS_TABS.filter((tab) => canUseSettingsTab(role, tab))).toEqual(visible);
  });

  it('lets every reader see the response targets and only an admin change them', () => {
    expect(canEditResponseTargets('admin')).toBe(true);
    expect(canEditResponseTargets('security_lead')).toBe(false);
    expect(canEditResponseTargets('responder')).toBe(false);
  });

  it('opens on the first tab the role can use', () => {
    expect(firstSettingsTab('admin')).toBe('users');
    expect(firstSettingsTab('security_lead')).toBe('alert-rules');
  });
});

describe('homePath', () => {
  it('sends a client auditor to the audit log, everyone else to the overview', () => {
    expect(homePath({ role: 'client_auditor' })).toBe('/audit');
    expect(homePath({ role: 'responder' })).toBe('/');
  });
});

describe('safeNext', () => {
  it.each([
    ['/audit?action=auth.*', '/audit?action=auth.*'],
    ['/settings/users#top', '/settings/users#top'],
    ['//evil.example/x', undefined],
    ['/\\evil.example', undefined],
    ['https://evil.example/', undefined],
    ['javascript:alert(1)', undefined],
    ['/sign-in?next=/x', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
