import { setActiveLocale } from '../../i18n';
import {
  checkHashes,
  hashCheckSummary,
  manifestJson,
  manifestSummary,
  manifestTotals,
  parseManifest,
} from './manifest';
import { aManifest } from './test-builders';

describe('manifestTotals and manifestSummary', () => {
  it('adds up the files, their rows and their size', () => {
    expect(manifestTotals(aManifest())).toEqual({ files: 2, rows: 4, bytes: 1500 });
    expect(manifestSummary(aManifest())).toBe('2 files · 4 rows · 1.5 kB');
  });

  it('says one file and one row in the singular', () => {
    const one = aManifest({
      files: [{ name: 'a.ndjson', kind: 'a', count: 1, bytes: 10, sha256: 'a'.repeat(64) }],
    });
    expect(manifestSummary(one)).toBe('1 file · 1 row · 10 B');
  });
});

describe('checkHashes', () => {
  const files = aManifest().files;

  it('matches hashes whatever their case, and names the files that differ or are absent', () => {
    const checks = checkHashes(
      files,
      new Map([
        ['audit-events.ndjson', 'A'.repeat(64)],
        ['manifest.json', 'f'.repeat(64)],
      ]),
    );
    expect(Object.fromEntries(checks)).toEqual({
      'audit-events.ndjson': 'match',
      'incidents.ndjson': 'missing',
    });
    const tampered = checkHashes(
      files,
      new Map([
        ['audit-events.ndjson', 'a'.repeat(64)],
        ['incidents.ndjson', 'c'.repeat(64)],
      ]),
    );
    expect(tampered.get('incidents.ndjson')).toBe('mismatch');
  });

  it('sums the checks up in one sentence', () => {
    const all = new Map([
      ['a', 'match'],
      ['b', 'match'],
    ] as const);
    expect(hashCheckSummary(all)).toEqual({
      tone: 'success',
      text: 'All 2 files saved match their SHA-256',
    });
    expect(hashCheckSummary(new Map([['a', 'match']] as const)).text).toBe(
      'The file saved matches its SHA-256',
    );
    expect(hashCheckSummary(new Map([...all, ['c', 'mismatch']] as const))).toEqual({
      tone: 'danger',
      text: '1 of 3 files saved does not match the manifest',
    });
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('sums up the manifest in French units', () => {
    expect(manifestSummary(aManifest())).toBe('2 fichiers · 4 lignes · 1,5 ko');
  });

  it('sums the checks up in one French sentence', () => {
    const all = new Map([
      ['a', 'match'],
      ['b', 'match'],
    ] as const);
    expect(hashCheckSummary(all).text).toBe(
      'Les 2 fichiers enregistrés correspondent à leur SHA-256',
    );
    expect(hashCheckSummary(new Map([['a', 'match']] as const)).text).toBe(
      'Le fichier enregistré correspond à son SHA-256',
    );
    expect(hashCheckSummary(new Map([...all, ['c', 'mismatch']] as const)).text).toBe(
      '1 fichier enregistré sur 3 ne correspond pas au manifeste',
    );
    expect(
      hashCheckSummary(
        new Map([
          ['a', 'mismatch'],
          ['b', 'missing'],
          ['c', 'match'],
        ] as const),
      ).text,
    ).toBe('2 fichiers enregistrés sur 3 ne correspondent pas au manifeste');
  });
});

describe('parseManifest', () => {
  it('reads the manifest.json of an archive back', () => {
    const manifest = aManifest();
    expect(parseManifest(manifestJson(manifest))).toEqual(manifest);
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['no files', JSON.stringify({ ...aManifest(), files: undefined })],
    ['a file without a hash', JSON.stringify({ ...aManifest(), files: [{ name: 'a' }] })],
  ])('refuses %s', (_case, text) => {
    expect(parseManifest(text)).toBeNull();
  });
});
