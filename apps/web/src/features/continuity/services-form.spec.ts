import { setActiveLocale } from '../../i18n';
import {
  newServiceDraft,
  objectiveConflicts,
  parseHours,
  serviceDraftOf,
  servicesServerErrors,
  slugOf,
  toServicesBody,
} from './services-form';
import { aService } from './test-builders';

const DEFAULTS = { rtoHours: 48, rpoHours: 24 };
const api = aService();
const db = aService({ id: 'customer-db', name: 'Customer DB', rtoHours: 24, rpoHours: 1 });

describe('parseHours', () => {
  it.each<[string, number]>([
    ['48', 48],
    [' 1.5 ', 1.5],
    ['0,5', 0.5],
    ['.25', 0.25],
    ['2160', 2160],
  ])('%j → %d h', (text, hours) => {
    expect(parseHours(text)).toEqual({ ok: true, hours });
  });

  it.each<[string, string]>([
    ['', 'Enter a number of hours.'],
    ['48h', 'A number of hours, like 48 or 1.5.'],
    ['0.1', 'At least 0.25 h (15 minutes).'],
    ['2161', 'At most 2160 h (90 days).'],
  ])('%j: %s', (text, error) => {
    expect(parseHours(text)).toEqual({ ok: false, error });
  });
});

describe('slugOf', () => {
  it('makes an id the API accepts from a name', () => {
    expect(slugOf('Customer DB (EU)')).toBe('customer-db-eu');
    expect(slugOf('  Paie & RH — Québec ')).toBe('paie-rh-quebec');
  });
});

describe('toServicesBody', () => {
  it('sends only the rows that are new or changed', () => {
    const draft = [api, db].map(serviceDraftOf);
    draft[1] = { ...draft[1]!, rtoHours: '12', owner: ' Ben DBA ' };
    draft.push({
      ...newServiceDraft('new-1', DEFAULTS),
      id: 'identity',
      name: 'Identity provider',
      dependsOn: 'customer-db',
    });
    expect(toServicesBody(draft, [api, db])).toEqual({
      ok: true,
      items: [
        { ...db, rtoHours: 12, owner: 'Ben DBA' },
        {
          id: 'identity',
          name: 'Identity provider',
          rtoHours: 48,
          rpoHours: 24,
          owner: null,
          dependsOn: ['customer-db'],
          retired: false,
        },
      ],
    });
  });

  it('sends nothing when nothing changed, retiring a service is a change', () => {
    const draft = [api, db].map(serviceDraftOf);
    expect(toServicesBody(draft, [api, db])).toEqual({ ok: true, items: [] });
    draft[0] = { ...draft[0]!, retired: true };
    expect(toServicesBody(draft, [api, db])).toEqual({
      ok: true,
      items: [{ ...api, retired: true }],
    });
  });

  it('puts each message on its row and field', () => {
    const draft = [
      { ...serviceDraftOf(api), rtoHours: 'soon', dependsOn: 'customer-api' },
      { ...newServiceDraft('new-1', DEFAULTS), id: 'Customer API', name: '' },
      {
        ...newServiceDraft('new-2', DEFAULTS),
        id: 'customer-api',
        name: 'Twin',
        dependsOn: 'ghost',
      },
    ];
    expect(toServicesBody(draft, [api])).toEqual({
      ok: false,
      errors: {
        'customer-api.rtoHours': 'A number of hours, like 48 or 1.5.',
        'customer-api.dependsOn': 'A service cannot depend on itself.',
        'new-1.id': 'Lowercase letters, digits and dashes only.',
        'new-1.name': 'Name the service.',
        'new-2.id': 'Another service has this id.',
        'new-2.dependsOn': 'Unknown: ghost.',
      },
    });
  });
});

describe('servicesServerErrors', () => {
  it('finds the row from the index of what was sent or from the service id', () => {
    const draft = [serviceDraftOf(api), serviceDraftOf(db)];
    expect(
      servicesServerErrors(draft, [db], {
        'items.0.rpoHours': 'too small',
        'items.customer-api.dependsOn': 'unknown: x',
        items: 'dependencies must not loop',
      }),
    ).toEqual({
      'customer-db.rpoHours': 'too small',
      'customer-api.dependsOn': 'unknown: x',
      items: 'dependencies must not loop',
    });
  });
});

describe('objectiveConflicts', () => {
  it('flags a service promised back sooner than something it depends on', () => {
    const slowDb = { ...db, rtoHours: 72 };
    const conflicts = objectiveConflicts([{ ...api, dependsOn: ['customer-db'] }, slowDb]);
    expect(Object.fromEntries(conflicts)).toEqual({
      'customer-api': 'Depends on Customer DB, whose RTO is 72 h: it cannot be back within 48 h.',
    });
  });

  it('ignores retired services and dependencies at least as fast', () => {
    expect(objectiveConflicts([{ ...api, dependsOn: ['customer-db'] }, db]).size).toBe(0);
    expect(
      objectiveConflicts([
        { ...api, dependsOn: ['customer-db'] },
        { ...db, rtoHours: 72, retired: true },
      ]).size,
    ).toBe(0);
  });
});

describe('in French', () => {
  afterEach(() => setActiveLocale('en'));

  it('says what is wrong with hours, ids and dependencies', () => {
    setActiveLocale('fr-CA');
    expect(parseHours('48h')).toEqual({
      ok: false,
      error: 'Un nombre d’heures, comme 48 ou 1,5.',
    });
    expect(parseHours('2161')).toEqual({ ok: false, error: 'Au plus 2\u00a0160 h (90 jours).' });
    const draft = [{ ...serviceDraftOf(api), dependsOn: 'ghost, phantom' }];
    expect(toServicesBody(draft, [api])).toEqual({
      ok: false,
      errors: {
        'customer-api.dependsOn': 'Identifiants inconnus\u00a0: ghost, phantom.',
      },
    });
    const conflicts = objectiveConflicts([
      { ...api, dependsOn: ['customer-db'] },
      { ...db, rtoHours: 72 },
    ]);
    expect(conflicts.get('customer-api')).toBe(
      'Dépend de Customer DB, dont le RTO est de 72 h\u00a0: il ne peut donc pas être rétabli dans un délai de 48 h.',
    );
  });
});
