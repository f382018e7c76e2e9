import { setActiveLocale } from '../../i18n';
import {
  assigneeOptions,
  CLOCK_META,
  KIND_LABELS,
  REASON_LABELS,
  STATUS_META,
  clockDayText,
  confirmNameState,
  dataKindLabel,
  requestClockState,
  requestPath,
  sortByClock,
} from './data-request-text';
import { aDataRequest } from './test-builders';

const at = (iso: string) => Date.parse(iso);

describe('confirmNameState', () => {
  it.each([
    ['', 'Acme Corp', 'empty'],
    ['   ', 'Acme Corp', 'empty'],
    ['Acme Corp', 'Acme Corp', 'match'],
    // Pasted with a stray space: the API trims it too.
    ['  Acme Corp ', 'Acme Corp', 'match'],
    ['acme corp', 'Acme Corp', 'case'],
    ['Acme', 'Acme Corp', 'mismatch'],
    ['Acme  Corp', 'Acme Corp', 'mismatch'],
    ['acme', 'Acme Corp', 'mismatch'],
  ] as const)('%j typed for %j → %s', (typed, name, expected) => {
    expect(confirmNameState(typed, name)).toBe(expected);
  });
});

describe('requestClockState', () => {
  // Asked 2026-11-01T10:00Z, due 30 days later; due soon in the last 7.5 days.
  const request = aDataRequest();

  it.each([
    ['2026-11-01T10:00:00Z', 'pending'],
    ['2026-11-23T21:59:59Z', 'pending'],
    ['2026-11-23T22:00:00Z', 'due_soon'],
    // The due instant itself is still on time.
    ['2026-12-01T10:00:00Z', 'due_soon'],
    ['2026-12-01T10:00:01Z', 'overdue'],
  ])('at %s → %s', (now, expected) => {
    expect(requestClockState(request, at(now))).toBe(expected);
  });

  it('stops the clock once completed or rejected, however late', () => {
    const late = at('2027-01-15T00:00:00Z');
    expect(requestClockState(aDataRequest({ status: 'completed' }), late)).toBe('completed');
    expect(requestClockState(aDataRequest({ status: 'rejected' }), late)).toBe('rejected');
    expect(requestClockState(aDataRequest({ status: 'in_progress' }), late)).toBe('overdue');
  });
});

describe('clockDayText', () => {
  const request = aDataRequest();

  it.each([
    ['2026-11-01T10:00:00Z', 'Day 1 of 30'],
    ['2026-11-02T09:59:59Z', 'Day 1 of 30'],
    ['2026-11-02T10:00:00Z', 'Day 2 of 30'],
    ['2026-11-30T23:00:00Z', 'Day 30 of 30'],
    ['2026-12-03T11:00:00Z', 'Day 33: past the 30-day window'],
  ])('at %s → %s', (now, expected) => {
    expect(clockDayText(request, at(now))).toBe(expected);
  });
});

describe('sortByClock', () => {
  it('puts overdue on top, then due soon, then running, each by nearest deadline', () => {
    const now = at('2026-12-05T00:00:00Z');
    const requests = [
      aDataRequest({
        id: 'running',
        requestedAt: '2026-12-01T00:00:00Z',
        dueAt: '2026-12-31T00:00:00Z',
      }),
      aDataRequest({ id: 'done', status: 'completed', dueAt: '2026-11-20T00:00:00Z' }),
      aDataRequest({
        id: 'soon',
        requestedAt: '2026-11-10T00:00:00Z',
        dueAt: '2026-12-10T00:00:00Z',
      }),
      aDataRequest({
        id: 'late-2',
        requestedAt: '2026-11-03T00:00:00Z',
        dueAt: '2026-12-03T00:00:00Z',
      }),
      aDataRequest({
        id: 'late-1',
        requestedAt: '2026-11-01T00:00:00Z',
        dueAt: '2026-12-01T00:00:00Z',
      }),
    ];
    expect(sortByClock(requests, now).map((r) => r.id)).toEqual([
      'late-1',
      'late-2',
      'soon',
      'running',
      'done',
    ]);
  });
});

describe('dataKindLabel', () => {
  it.each([
    ['audit_events', 'Audit events'],
    ['incident_register_entries', 'Incident register entries'],
    ['webhook_deliveries', 'Webhook deliveries'],
    ['api-tokens', 'Api tokens'],
  ])('%s → %s', (kind, label) => {
    expect(dataKindLabel(kind)).toBe(label);
  });
});

it('links a request to its place on the organization page', () => {
  expect(requestPath({ id: 'dr 1', organizationId: 'acme' })).toBe(
    '/organizations/acme?request=dr%201',
  );
});

describe('assigneeOptions', () => {
  const me = { id: 'u-me', email: 'dana@vigil.test', displayName: 'Dana DPO' };
  const users = [
    { id: 'u-me', email: 'dana@vigil.test', displayName: 'Dana DPO', role: 'dpo', active: true },
    { id: 'u-2', email: 'zoe@vigil.test', displayName: null, role: 'admin', active: true },
    { id: 'u-3', email: 'alex@vigil.test', displayName: 'Alex', role: 'dpo', active: true },
    { id: 'u-4', email: 'resp@vigil.test', displayName: null, role: 'responder', active: true },
    { id: 'u-5', email: 'gone@vigil.test', displayName: null, role: 'dpo', active: false },
  ];

  it('offers me first, then the active DPOs and admins by name', () => {
    expect(assigneeOptions(me, users, null)).toEqual([
      { id: 'u-me', label: 'Me — Dana DPO (dana@vigil.test)' },
      { id: 'u-3', label: 'Alex (alex@vigil.test)' },
      { id: 'u-2', label: 'zoe@vigil.test' },
    ]);
  });

  it('keeps the assignee already set when the user list is not readable', () => {
    expect(assigneeOptions(me, undefined, { id: 'u-2', email: 'zoe@vigil.test' })).toEqual([
      { id: 'u-me', label: 'Me — Dana DPO (dana@vigil.test)' },
      { id: 'u-2', label: 'zoe@vigil.test' },
    ]);
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names kinds, reasons, statuses and clocks in French, tones unchanged', () => {
    expect(KIND_LABELS.deletion).toBe('Suppression');
    expect(REASON_LABELS.end_of_contract).toBe('Fin du contrat');
    expect(STATUS_META.rejected).toEqual({ label: 'Refusée', tone: 'neutral' });
    expect(CLOCK_META.overdue).toEqual({ label: 'En retard', tone: 'danger' });
  });

  it('counts the days of the window in French', () => {
    const request = aDataRequest();
    expect(clockDayText(request, at('2026-11-02T10:00:00Z'))).toBe('Jour 2 sur 30');
    expect(clockDayText(request, at('2026-12-03T11:00:00Z'))).toBe(
      'Jour 33\u00a0: délai de 30 jours dépassé',
    );
  });

  it('names the known kinds of data in French, and leaves others readable', () => {
    expect(dataKindLabel('audit_events')).toBe('Événements d’audit');
    expect(dataKindLabel('webhook_deliveries')).toBe('Webhook deliveries');
  });

  it('offers me first, in French', () => {
    const me = { id: 'u-me', email: 'dana@vigil.test', displayName: null };
    expect(assigneeOptions(me, undefined, null)).toEqual([
      { id: 'u-me', label: 'Moi — dana@vigil.test' },
    ]);
  });
});
