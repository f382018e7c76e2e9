import { setActiveLocale } from '../../i18n';
import { dueFrom, emptyRequestDraft, toCreateRequest } from './request-form';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const ASSIGNEE = '5b1d8a52-4a5e-4f0e-9c39-3f1e2b7a9c10';

describe('toCreateRequest', () => {
  it('asks for now when no time is given, with the assignee and the note', () => {
    const result = toCreateRequest(
      { ...emptyRequestDraft(ASSIGNEE), note: '  Ticket #4411  ' },
      NOW,
    );
    expect(result.body).toEqual({
      kind: 'deletion',
      reason: 'on_request',
      note: 'Ticket #4411',
      assigneeId: ASSIGNEE,
    });
  });

  it('sends when the client asked, read in the browser’s zone, and no assignee when none', () => {
    const result = toCreateRequest(
      {
        ...emptyRequestDraft(''),
        kind: 'export',
        reason: 'end_of_contract',
        requestedAt: '2026-11-18T09:30',
      },
      NOW,
    );
    expect(result.body).toMatchObject({
      kind: 'export',
      reason: 'end_of_contract',
      assigneeId: null,
      requestedAt: new Date(2026, 10, 18, 9, 30).toISOString(),
    });
  });

  it.each([
    ['2026-02-30T10:00', 'Not a valid date and time.'],
    ['2027-01-01T00:00', 'Cannot be in the future: when did the client ask?'],
  ])('refuses %s', (requestedAt, message) => {
    expect(toCreateRequest({ ...emptyRequestDraft(''), requestedAt }, NOW).errors).toEqual({
      requestedAt: message,
    });
  });

  describe('in Québec French', () => {
    beforeEach(() => setActiveLocale('fr-CA'));
    afterEach(() => setActiveLocale('en'));

    it.each([
      ['2026-02-30T10:00', 'Date et heure non valides.'],
      [
        '2027-01-01T00:00',
        'Ne peut pas être dans le futur\u00a0: quand le client a-t-il fait la demande?',
      ],
    ])('refuses %s', (requestedAt, message) => {
      expect(toCreateRequest({ ...emptyRequestDraft(''), requestedAt }, NOW).errors).toEqual({
        requestedAt: message,
      });
    });
  });

  it('names the field the schema refuses', () => {
    const errors = toCreateRequest(
      { ...emptyRequestDraft(''), note: 'x'.repeat(5001) },
      NOW,
    ).errors;
    expect(Object.keys(errors ?? {})).toEqual(['note']);
  });
});

describe('dueFrom', () => {
  it('runs 30 days from the ask, or from now', () => {
    expect(dueFrom('', NOW)).toBe(Date.parse('2026-12-20T12:00:00Z'));
    expect(dueFrom('2026-11-01T00:00', NOW)).toBe(
      new Date(2026, 10, 1).getTime() + 30 * 24 * 3_600_000,
    );
    expect(dueFrom('nonsense', NOW)).toBeNull();
  });
});
