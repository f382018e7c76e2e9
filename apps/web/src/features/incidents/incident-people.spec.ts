import { setActiveLocale } from '../../i18n';
import type { CurrentUser, User } from '@vigil/contracts';
import { leadLabel, leadOptions } from './incident-people';

const me: CurrentUser = {
  id: 'u-me',
  email: 'lena@example.test',
  role: 'security_lead',
  displayName: 'Lena Lead',
  locale: null,
  via: 'session',
};

const aUser = (overrides: Partial<User>): User => ({
  id: 'u-1',
  email: 'someone@example.test',
  role: 'responder',
  organizationId: null,
  displayName: null,
  active: true,
  createdAt: '2026-11-01T00:00:00.000Z',
  lastSignInAt: null,
  deactivatedAt: null,
  ...overrides,
});

describe('leadOptions', () => {
  it('offers only "me" when the user list cannot be read', () => {
    expect(leadOptions(me, undefined)).toEqual([
      { id: 'u-me', label: 'Me — Lena Lead (lena@example.test)' },
    ]);
  });

  it('offers active staff who can work an incident, me first', () => {
    const users = [
      aUser({ id: 'u-me', email: me.email }),
      aUser({ id: 'u-2', email: 'zed@example.test' }),
      aUser({ id: 'u-3', email: 'ann@example.test', displayName: 'Ann' }),
      aUser({ id: 'u-4', email: 'old@example.test', active: false }),
      aUser({ id: 'u-5', email: 'client@example.test', role: 'client_auditor' }),
    ];
    expect(leadOptions(me, users).map((o) => o.id)).toEqual(['u-me', 'u-3', 'u-2']);
  });
});

describe('leadLabel', () => {
  it('says "You", a name, or a short id', () => {
    expect(leadLabel(null, me)).toEqual({ text: 'No lead' });
    expect(leadLabel('u-me', me)).toEqual({ text: 'You' });
    expect(leadLabel('u-3', me, [aUser({ id: 'u-3', displayName: 'Ann' })])).toEqual({
      text: 'Ann',
      title: 'someone@example.test',
    });
    expect(
      leadLabel('u-4', me, undefined, { displayName: null, email: 'lena@example.test' }),
    ).toEqual({ text: 'lena@example.test', title: 'lena@example.test' });
    expect(leadLabel('0b7f9a8e-3f5d-4c1e', me)).toEqual({
      text: 'User 0b7f9a8e',
      title: '0b7f9a8e-3f5d-4c1e',
    });
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('says "Moi", "Vous", "Aucun responsable" or "Utilisateur"', () => {
    expect(leadOptions(me, undefined)).toEqual([
      { id: 'u-me', label: 'Moi — Lena Lead (lena@example.test)' },
    ]);
    expect(leadLabel(null, me)).toEqual({ text: 'Aucun responsable' });
    expect(leadLabel('u-me', me)).toEqual({ text: 'Vous' });
    expect(leadLabel('0b7f9a8e-3f5d-4c1e', me)).toEqual({
      text: 'Utilisateur 0b7f9a8e',
      title: '0b7f9a8e-3f5d-4c1e',
    });
  });
});
