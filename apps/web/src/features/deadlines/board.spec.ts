import {
  boardFilterToParams,
  buildBoard,
  clockStateOf,
  countViews,
  deadlineTitle,
  formatDuration,
  incidentsOf,
  missingClockText,
  parseBoardFilter,
  recordDuties,
  regimeLabel,
  regimesOf,
  settledAgainstDeadline,
  STATE_META,
  timeLeftText,
  type BoardFilter,
} from './board';
import { setActiveLocale } from '../../i18n';
import { anObligation } from './test-builders';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('clockStateOf', () => {
  // GDPR_SA: 72 h from 2026-11-20T10:00Z, so due 2026-11-23T10:00Z; due soon in the last 18 h.
  const gdpr = anObligation();

  it.each([
    ['2026-11-20T11:00:00Z', 'pending'],
    ['2026-11-22T15:59:59Z', 'pending'],
    ['2026-11-22T16:00:01Z', 'due_soon'],
    // "not later than 72 hours": the due instant itself is still on time.
    ['2026-11-23T10:00:00Z', 'due_soon'],
    ['2026-11-23T10:00:01Z', 'overdue'],
  ])('at %s a 72 h clock is %s', (now, state) => {
    expect(clockStateOf(gdpr, at(now))).toBe(state);
  });

  it('puts a sent or waived obligation before any clock arithmetic', () => {
    const late = at('2026-12-01T00:00:00Z');
    expect(clockStateOf(anObligation({ metAt: '2026-11-21T00:00:00Z' }), late)).toBe('met');
    expect(clockStateOf(anObligation({ waivedAt: '2026-11-21T00:00:00Z' }), late)).toBe('waived');
  });

  it('runs an internal target like a deadline, and says when a clock cannot run', () => {
    const target = anObligation({
      dueAt: null,
      targetAt: '2026-11-23T10:00:00.000Z',
      deadlineKind: 'target',
    });
    expect(clockStateOf(target, at('2026-11-24T00:00:00Z'))).toBe('overdue');
    const missing = anObligation({
      dueAt: null,
      clockStartedAt: null,
      clockMissing: 'breachDeterminedAt',
    });
    expect(clockStateOf(missing, at('2026-11-24T00:00:00Z'))).toBe('no_clock');
    const held = anObligation({ rule: 'QC_PERSONS', dueAt: null, suspended: true });
    expect(clockStateOf(held, at('2026-11-24T00:00:00Z'))).toBe('suspended');
  });
});

describe('missingClockText / regimeLabel', () => {
  it('names what to record, and each regime', () => {
    expect(missingClockText('breachDeterminedAt')).toBe(
      'Record the time the breach was determined on the incident to start this clock.',
    );
    expect(missingClockText('somethingElse')).toBe(
      'Record somethingElse on the incident to start this clock.',
    );
    expect(regimeLabel('GDPR')).toBe('EU — GDPR');
    expect(regimeLabel('RESPONSE')).toBe('Incident response');
  });
});

describe('deadlineTitle', () => {
  it('tells a legal deadline from a contractual one, an internal target and a response target', () => {
    expect(deadlineTitle(anObligation())).toBe('Legal deadline');
    expect(deadlineTitle(anObligation({ regime: 'CONTRACT' }))).toBe('Contractual deadline');
    expect(deadlineTitle(anObligation({ deadlineKind: 'target' }))).toBe('Internal target');
    expect(deadlineTitle(anObligation({ deadlineKind: 'none' }))).toBe('No deadline');
    expect(deadlineTitle(anObligation({ kind: 'response', deadlineKind: 'target' }))).toBe(
      'Response target',
    );
  });
});

describe('durations', () => {
  it.each([
    [72 * HOUR, '3 d 0 h'],
    [71 * HOUR + 58 * 60_000 + 59_000, '71 h 58 min'],
    [HOUR, '1 h 00 min'],
    [12 * 60_000 + 5_000, '12 min 05 s'],
    [42_400, '42 s'],
    [-(2 * HOUR + 3 * 60_000), '2 h 03 min'],
  ])('%d ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('counts down to the deadline, then up as overdue', () => {
    const due = '2026-11-23T10:00:00.000Z';
    expect(timeLeftText(due, at('2026-11-20T10:01:00Z'))).toBe('71 h 59 min left');
    expect(timeLeftText(due, at('2026-11-23T12:03:00Z'))).toBe('overdue by 2 h 03 min');
  });

  it('says how a settled clock stood against its deadline', () => {
    const due = '2026-11-23T10:00:00.000Z';
    expect(settledAgainstDeadline('2026-11-23T07:00:00Z', due)).toBe(
      '3 h 00 min before the deadline',
    );
    expect(settledAgainstDeadline('2026-11-23T10:30:00Z', due)).toBe(
      '30 min 00 s after the deadline',
    );
  });
});

describe('parseBoardFilter / boardFilterToParams', () => {
  it('defaults to the open notification duties and keeps the rest in the address', () => {
    expect(parseBoardFilter(new URLSearchParams(''))).toEqual({ kind: 'duties', view: 'open' });
    const filter: BoardFilter = {
      kind: 'response',
      view: 'overdue',
      regime: 'GDPR',
      incidentId: 'i9',
    };
    const params = boardFilterToParams(filter);
    expect(params.toString()).toBe('kind=response&view=overdue&regime=GDPR&incident=i9');
    expect(parseBoardFilter(params)).toEqual(filter);
    expect(parseBoardFilter(new URLSearchParams('kind=x&view=late'))).toEqual({
      kind: 'duties',
      view: 'open',
    });
  });
});

describe('buildBoard', () => {
  const now = at('2026-11-21T12:00:00Z');
  const overdueClient = anObligation({
    id: 'client',
    rule: 'CONTRACT_CLIENT_24H',
    regime: 'CONTRACT',
    incidentId: 'i2',
    incidentNumber: 2,
    clockStartedAt: '2026-11-20T09:00:00.000Z',
    dueAt: '2026-11-21T09:00:00.000Z',
  });
  const longOverdue = anObligation({
    id: 'older',
    rule: 'CONTRACT_CLIENT_24H',
    regime: 'CONTRACT',
    incidentNumber: 1,
    clockStartedAt: '2026-11-19T09:00:00.000Z',
    dueAt: '2026-11-20T09:00:00.000Z',
  });
  const gdpr = anObligation({ id: 'gdpr' }); // due 2026-11-23T10:00Z: pending
  const cai = anObligation({
    id: 'cai',
    rule: 'QC_CAI',
    regime: 'QC',
    dueAt: null,
    targetAt: '2026-11-21T20:00:00.000Z', // 8 h left of 34: due soon
    deadlineKind: 'target',
  });
  const opc = anObligation({
    id: 'opc',
    rule: 'PIPEDA_OPC',
    regime: 'PIPEDA',
    dueAt: null,
    clockStartedAt: null,
    clockMissing: 'breachDeterminedAt',
  });
  const sentEarly = anObligation({ id: 'sent-early', metAt: '2026-11-20T12:00:00.000Z' });
  const sentLate = anObligation({ id: 'sent-late', metAt: '2026-11-21T08:00:00.000Z' });
  const register = anObligation({ id: 'register', rule: 'QC_REGISTER', kind: 'record' });
  const ack = anObligation({ id: 'ack', kind: 'response', rule: 'RESPONSE_ACKNOWLEDGE' });
  const items = [gdpr, sentEarly, register, opc, cai, overdueClient, ack, sentLate, longOverdue];

  const ids = (filter: BoardFilter) =>
    buildBoard(items, filter, now).map((g) => [g.state, g.rows.map((r) => r.obligation.id)]);

  it('puts overdue on top, most overdue first, then each state by time left', () => {
    expect(ids({ kind: 'duties', view: 'open' })).toEqual([
      ['overdue', ['older', 'client']],
      ['due_soon', ['cai']],
      ['pending', ['gdpr']],
      ['no_clock', ['opc']],
    ]);
  });

  it('lists settled notices most recent first, after the open clocks, and never the records', () => {
    expect(ids({ kind: 'duties', view: 'all' }).slice(-1)).toEqual([
      ['met', ['sent-late', 'sent-early']],
    ]);
    expect(
      buildBoard(items, { kind: 'duties', view: 'all' }, now)
        .flatMap((g) => g.rows)
        .some((r) => r.obligation.kind === 'record'),
    ).toBe(false);
  });

  it('filters by view, regime and incident, and keeps response targets apart', () => {
    expect(ids({ kind: 'duties', view: 'overdue', incidentId: 'i1', regime: 'CONTRACT' })).toEqual([
      ['overdue', ['older']],
    ]);
    expect(ids({ kind: 'duties', view: 'open', regime: 'QC' })).toEqual([['due_soon', ['cai']]]);
    expect(ids({ kind: 'response', view: 'open' })).toEqual([['pending', ['ack']]]);
  });

  it('counts every view under the same filters', () => {
    expect(countViews(items, { kind: 'duties' }, now)).toEqual({
      open: 5,
      overdue: 2,
      due_soon: 1,
      met: 2,
      waived: 0,
      all: 7,
    });
  });

  it('keeps the record-keeping duties for their own list', () => {
    expect(recordDuties(items, {}).map((o) => o.id)).toEqual(['register']);
    expect(recordDuties(items, { regime: 'PIPEDA' })).toEqual([]);
  });

  it('offers the regimes in the rule table order and the incidents newest first', () => {
    expect(regimesOf(items)).toEqual(['CONTRACT', 'QC', 'PIPEDA', 'GDPR']);
    expect(incidentsOf(items).map((i) => i.number)).toEqual([2, 1]);
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names deadlines, regimes and states in French, and still shows an unknown regime as its code', () => {
    expect(deadlineTitle(anObligation())).toBe('Échéance légale');
    expect(deadlineTitle(anObligation({ regime: 'CONTRACT' }))).toBe('Échéance contractuelle');
    expect(regimeLabel('PIPEDA')).toBe('Canada — LPRPDE');
    expect(regimeLabel('RESPONSE')).toBe('Réponse aux incidents');
    expect(regimeLabel('NIS2')).toBe('NIS2');
    expect(STATE_META.overdue).toMatchObject({ label: 'En retard', tone: 'danger' });
  });

  it('writes days as "j" and counts down in French', () => {
    expect(formatDuration(72 * HOUR)).toBe('3 j 0 h');
    const due = '2026-11-23T10:00:00.000Z';
    expect(timeLeftText(due, at('2026-11-20T10:01:00Z'))).toBe('encore 71 h 59 min');
    expect(timeLeftText(due, at('2026-11-23T12:03:00Z'))).toBe('en retard de 2 h 03 min');
    expect(settledAgainstDeadline('2026-11-23T07:00:00Z', due)).toBe('3 h 00 min avant l’échéance');
  });

  it('says what to record for a clock to start', () => {
    expect(missingClockText('awareAt')).toBe(
      'Consignez le moment où l’entreprise en a pris connaissance au dossier de l’incident pour faire démarrer ce délai.',
    );
  });
});
