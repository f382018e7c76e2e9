import { setActiveLocale } from '../../i18n';
import { aRunbook, aStep, stepsTitled } from '../runbook-runs/test-builders';
import { diffRunbooks, fieldsText } from './version-diff';

const v1 = aRunbook({
  version: 1,
  steps: stepsTitled('Declare', 'Pick point', 'Restore', 'Verify'),
});
const withSteps = (...titles: string[]) => aRunbook({ version: 2, steps: stepsTitled(...titles) });

describe('diffRunbooks', () => {
  it.each([
    {
      name: 'a step added in the middle',
      after: withSteps('Declare', 'Pick point', 'Freeze writes', 'Restore', 'Verify'),
      changes: [{ kind: 'added', title: 'Freeze writes', position: 3 }],
    },
    {
      name: 'a step removed',
      after: withSteps('Declare', 'Restore', 'Verify'),
      changes: [{ kind: 'removed', title: 'Pick point', position: 2 }],
    },
    {
      name: 'a step renamed in place',
      after: withSteps('Declare', 'Pick the restore point', 'Restore', 'Verify'),
      changes: [
        {
          kind: 'renamed',
          from: 'Pick point',
          to: 'Pick the restore point',
          position: 2,
          fields: [],
        },
      ],
    },
    {
      name: 'a step moved',
      after: withSteps('Declare', 'Restore', 'Verify', 'Pick point'),
      changes: [{ kind: 'moved', title: 'Pick point', from: 2, to: 4, fields: [] }],
    },
    {
      name: 'one step swapped for two unlike ones',
      after: withSteps('Declare', 'Snapshot', 'Clone', 'Restore', 'Verify'),
      changes: [
        { kind: 'removed', title: 'Pick point', position: 2 },
        { kind: 'added', title: 'Snapshot', position: 2 },
        { kind: 'added', title: 'Clone', position: 3 },
      ],
    },
    {
      name: 'a rename beside an addition, paired by likeness not by order',
      after: withSteps('Declare', 'Clone', 'Pick the point', 'Restore', 'Verify'),
      changes: [
        { kind: 'added', title: 'Clone', position: 2 },
        { kind: 'renamed', from: 'Pick point', to: 'Pick the point', position: 3, fields: [] },
      ],
    },
  ])('reads $name', ({ after, changes }) => {
    const diff = diffRunbooks(v1, after);
    expect(diff.steps).toEqual(changes);
    expect(diff.unchanged).toBe(false);
  });

  it('matches titles whatever their case and spacing', () => {
    const diff = diffRunbooks(v1, withSteps('declare ', 'Pick point', 'RESTORE', 'Verify'));
    expect(diff.steps).toEqual([]);
    expect(diff.unchanged).toBe(true);
  });

  it('reads a retitled step with the same instructions as renamed', () => {
    const before = aRunbook({
      steps: [aStep({ title: 'Page on-call', body: 'Call +1 555 0100' })],
    });
    const after = aRunbook({
      steps: [aStep({ title: 'Wake someone up', body: 'Call +1 555 0100' })],
    });
    expect(diffRunbooks(before, after).steps).toEqual([
      { kind: 'renamed', from: 'Page on-call', to: 'Wake someone up', position: 1, fields: [] },
    ]);
  });

  it('says which parts of a kept step changed', () => {
    const after = aRunbook({
      version: 2,
      steps: [
        ...stepsTitled('Declare', 'Pick point'),
        aStep({
          id: 'x',
          position: 3,
          title: 'Restore',
          body: 'aws rds restore…',
          role: 'responder',
        }),
        aStep({ id: 'y', position: 4, title: 'Verify', expectedMinutes: 15 }),
      ],
    });
    expect(diffRunbooks(v1, after).steps).toEqual([
      { kind: 'edited', title: 'Restore', position: 3, fields: ['body', 'role'] },
      { kind: 'edited', title: 'Verify', position: 4, fields: ['expectedMinutes'] },
    ]);
  });

  it('lists the runbook fields, categories and services that changed', () => {
    const after = aRunbook({
      version: 2,
      title: 'Aurora point-in-time recovery',
      kind: 'BCP',
      categories: ['Service outage'],
      services: ['orders-db', 'billing-db'],
    });
    const diff = diffRunbooks(aRunbook(), after);
    expect(diff.fields.map((f) => [f.field, f.from, f.to])).toEqual([
      ['title', 'RDS point-in-time recovery', 'Aurora point-in-time recovery'],
      ['kind', 'DRP', 'BCP'],
    ]);
    expect(diff.categories).toEqual({ added: ['Service outage'], removed: ['Data loss'] });
    expect(diff.services).toEqual({ added: ['billing-db'], removed: [] });
  });

  it('orders steps by position, not by the order they come in', () => {
    const shuffled = aRunbook({ steps: [...v1.steps].reverse() });
    expect(diffRunbooks(v1, shuffled).unchanged).toBe(true);
  });
});

describe('fieldsText', () => {
  it.each([
    [[], ''],
    [['body'], 'instructions changed'],
    [['body', 'role', 'expectedMinutes'], 'instructions, owner and expected time changed'],
  ] as const)('%j → %s', (fields, text) => {
    expect(fieldsText(fields)).toBe(text);
  });

  describe('in Québec French', () => {
    beforeEach(() => setActiveLocale('fr-CA'));
    afterEach(() => setActiveLocale('en'));

    it.each([
      [[], ''],
      [['body'], 'modification des instructions'],
      [
        ['body', 'role', 'expectedMinutes'],
        'modification des instructions, du responsable et de la durée prévue',
      ],
    ] as const)('%j → %s', (fields, text) => {
      expect(fieldsText(fields)).toBe(text);
    });
  });
});
