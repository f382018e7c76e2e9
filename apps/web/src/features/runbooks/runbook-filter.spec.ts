import { aRunbook, stepsTitled } from '../runbook-runs/test-builders';
import { setActiveLocale } from '../../i18n';
import {
  activeRunbookFilters,
  KIND_LABELS,
  parseRunbookFilter,
  runbookFilterToParams,
  searchRunbooks,
  toRunbookQuery,
} from './runbook-filter';

describe('runbook filter in the address bar', () => {
  it('round-trips, ignoring an unknown kind', () => {
    const filter = parseRunbookFilter(
      new URLSearchParams('kind=DRP&category=Data+loss&q=rds&archived=1'),
    );
    expect(filter).toEqual({ kind: 'DRP', category: 'Data loss', q: 'rds', archived: true });
    expect(runbookFilterToParams(filter).toString()).toBe(
      'kind=DRP&category=Data+loss&q=rds&archived=1',
    );
    expect(parseRunbookFilter(new URLSearchParams('kind=XYZ')).kind).toBeUndefined();
  });

  it('sends kind, category and archive to the API, and keeps the words for the browser', () => {
    expect(toRunbookQuery({ kind: 'IR', q: 'phish', archived: false })).toEqual({ kind: 'IR' });
    expect(toRunbookQuery({ category: 'Malware', archived: true })).toEqual({
      category: 'Malware',
      archived: 'true',
    });
    expect(activeRunbookFilters({ kind: 'IR', q: 'x', archived: true })).toBe(2);
  });
});

describe('searchRunbooks', () => {
  const rds = aRunbook({ id: 'rds' });
  const phishing = aRunbook({
    id: 'phish',
    title: 'Phishing triage',
    kind: 'IR',
    summary: '',
    categories: ['Phishing'],
    services: ['mail'],
    steps: stepsTitled('Pull the message from every mailbox'),
  });
  const all = [rds, phishing];
  const ids = (q: string, names?: Map<string, string>) =>
    searchRunbooks(all, q, names).map((r) => r.id);

  it.each([
    ['', ['rds', 'phish']],
    ['rds', ['rds']],
    ['RESTORE rds', ['rds']],
    ['mailbox', ['phish']],
    ['phishing', ['phish']],
    ['drp', ['rds']],
    ['rds phishing', []],
  ])('"%s" → %j', (q, expected) => {
    expect(ids(q)).toEqual(expected);
  });

  it('finds a runbook by the name of a service it recovers, and ignores accents', () => {
    expect(ids('Messagerie', new Map([['mail', 'Messagérie Exchange']]))).toEqual(['phish']);
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names the kinds with their French initials', () => {
    expect(KIND_LABELS.BCP).toMatchObject({ short: 'PCA', long: 'Continuité des activités' });
    expect(KIND_LABELS.DRP.short).toBe('PRA');
  });

  it('finds a recovery plan by its French initials', () => {
    const rds = aRunbook({ id: 'rds' });
    expect(searchRunbooks([rds], 'pra').map((r) => r.id)).toEqual(['rds']);
  });
});
