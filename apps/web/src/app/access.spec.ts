import type { Role } from '@vigil/contracts';
import { canUse, homePath, safeNext, type Area } from './access';

describe('canUse', () => {
  const areas: Area[] = ['overview', 'audit', 'organizations', 'outbox', 'settings'];
  it.each<[Role, Area[]]>([
    ['admin', ['overview', 'audit', 'organizations', 'outbox', 'settings']],
    ['security_lead', ['overview', 'audit', 'organizations']],
    ['responder', ['overview', 'organizations']],
    ['dpo', ['overview', 'audit', 'organizations', 'outbox']],
    ['auditor', ['overview', 'audit', 'organizations']],
    ['client_auditor', ['audit', 'organizations']],
  ])('%s sees %j', (role, visible) => {
    expect(areas.filter((area) => canUse(role, area))).toEqual(visible);
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
