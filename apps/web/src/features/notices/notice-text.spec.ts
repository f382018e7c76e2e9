import type { NoticeDraft } from '@vigil/contracts';
import { completeObligationSchema, saveNoticeSchema } from '@vigil/contracts';
import { setActiveLocale } from '../../i18n';
import {
  CHANNEL_LABELS,
  completePayload,
  contentItemStates,
  findGaps,
  formFromDraft,
  fromLocalInput,
  isDirty,
  needsDelayReason,
  noticeFileName,
  noticeFileText,
  savePayload,
  sha256Hex,
  splitGaps,
  toLocalInput,
  validateSend,
  type NoticeForm,
} from './notice-text';

const aDraft = (overrides: Partial<NoticeDraft> = {}): NoticeDraft => ({
  obligationId: 'o1',
  rule: 'GDPR_SA',
  language: 'en',
  subject: 'Personal data breach notification — INC-1',
  body: 'Nature: [[to complete: the nature of the breach]]\nContact: dpo@example.test',
  recipient: 'Competent EU supervisory authority',
  channel: 'portal',
  legalSource: 'GDPR Art. 33(3)',
  contentItems: [
    { key: 'nature', label: 'Art. 33(3)(a): the nature of the breach', filled: false },
    { key: 'contact', label: 'Art. 33(3)(b): the contact point', filled: true },
  ],
  savedAt: null,
  savedBy: null,
  sentAt: null,
  contentSha256: null,
  ...overrides,
});

const aForm = (overrides: Partial<NoticeForm> = {}): NoticeForm => ({
  ...formFromDraft(aDraft()),
  ...overrides,
});

describe('gaps', () => {
  const text =
    'A [[to complete: date of the breach]] and [[à compléter : nombre de personnes]]. [[note]]';

  it('finds the English and French blanks with their place in the text', () => {
    expect(findGaps(text)).toEqual([
      { start: 2, end: 37, label: 'date of the breach' },
      { start: 42, end: 79, label: 'nombre de personnes' },
    ]);
    expect(text.slice(2, 37)).toBe('[[to complete: date of the breach]]');
    expect(findGaps('All written.')).toEqual([]);
  });

  it('cuts the text around them for highlighting, losing nothing', () => {
    const segments = splitGaps(text);
    expect(segments.map((s) => s.gap)).toEqual([false, true, false, true, false]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('shows the law’s items as filled, to complete while blanks remain, or to check by hand', () => {
    const items = aDraft().contentItems;
    expect(contentItemStates(items, findGaps(aDraft().body)).map((i) => i.state)).toEqual([
      'to_complete',
      'filled',
    ]);
    expect(contentItemStates(items, []).map((i) => i.state)).toEqual(['check', 'filled']);
  });
});

describe('isDirty', () => {
  it('ignores whitespace at the ends, not in the text', () => {
    const draft = aDraft();
    expect(isDirty(aForm({ subject: `  ${draft.subject}\n` }), draft)).toBe(false);
    expect(isDirty(aForm({ body: `${draft.body}.` }), draft)).toBe(true);
    expect(isDirty(aForm({ channel: 'email' }), draft)).toBe(true);
  });
});

describe('payloads', () => {
  const form = aForm({
    subject: ' Breach notification ',
    body: '\nThe text as sent.\n\n',
    recipient: ' cnil@example.test ',
    channel: 'email',
  });

  it('saves the trimmed draft in its language, as the API schema accepts it', () => {
    const payload = savePayload('fr', form);
    expect(payload).toEqual({
      language: 'fr',
      subject: 'Breach notification',
      body: 'The text as sent.',
      recipient: 'cnil@example.test',
      channel: 'email',
    });
    expect(saveNoticeSchema.parse(payload)).toEqual(payload);
  });

  it('records the subject as summary and the same trimmed text as the hashed content', () => {
    const payload = completePayload('en', form, {
      sentAt: '2026-11-21T14:00:00.000Z',
      delayReason: '  ',
    });
    expect(payload).toEqual({
      sentAt: '2026-11-21T14:00:00.000Z',
      language: 'en',
      channel: 'email',
      recipient: 'cnil@example.test',
      summary: 'Breach notification',
      content: savePayload('en', form).body,
    });
    expect(completeObligationSchema.parse(payload)).toEqual(payload);
    expect(
      completePayload('en', form, { sentAt: payload.sentAt, delayReason: ' Forensics ' })
        .delayReason,
    ).toBe('Forensics');
  });
});

describe('validateSend', () => {
  const obligation = { dueAt: '2026-11-23T10:00:00.000Z' };
  const now = Date.parse('2026-11-24T12:00:00Z');

  it('asks for the reasons of a delay only when sent after the due time', () => {
    expect(needsDelayReason(obligation, '2026-11-23T10:00:00.000Z')).toBe(false);
    expect(needsDelayReason(obligation, '2026-11-23T10:00:01.000Z')).toBe(true);
    expect(needsDelayReason({ dueAt: null }, '2030-01-01T00:00:00.000Z')).toBe(false);
    const base = { obligation, form: aForm(), now };
    expect(validateSend({ ...base, sentAt: '2026-11-23T09:00:00.000Z', delayReason: '' })).toEqual(
      {},
    );
    expect(validateSend({ ...base, sentAt: '2026-11-24T09:00:00.000Z', delayReason: '' })).toEqual({
      delayReason: 'Sent after the deadline: give the reasons for the delay.',
    });
    expect(
      validateSend({ ...base, sentAt: '2026-11-24T09:00:00.000Z', delayReason: 'Forensics' }),
    ).toEqual({});
  });

  it('refuses a missing or future time, and an empty recipient, subject or text', () => {
    const errors = validateSend({
      obligation,
      form: aForm({ recipient: ' ', subject: '', body: '\n' }),
      sentAt: '2026-11-24T12:05:00.000Z',
      delayReason: 'x',
      now,
    });
    expect(Object.keys(errors).sort()).toEqual(['content', 'recipient', 'sentAt', 'summary']);
    expect(
      validateSend({ obligation, form: aForm(), sentAt: null, delayReason: '', now }).sentAt,
    ).toBe('Enter the date and time the notice was sent.');
  });
});

describe('datetime-local values', () => {
  it('round-trips an instant through the local wall-clock time, to the second', () => {
    const instant = Date.parse('2026-11-21T14:03:11.000Z');
    const local = toLocalInput(instant);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe('2026-11-21T14:03:11.000Z');
    expect(fromLocalInput(local.slice(0, 16))).toBe('2026-11-21T14:03:00.000Z');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('2026-11-21')).toBeNull();
  });
});

describe('proof', () => {
  it('hashes the text as the API does (SHA-256 of the UTF-8 bytes, hex)', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(await sha256Hex('à compléter')).toHaveLength(64);
  });

  it('names and writes the saved file with the record above the exact text', () => {
    const obligation = {
      rule: 'GDPR_SA',
      title: 'Notify the supervisory authority',
      incidentNumber: 12,
      metAt: '2026-11-21T14:03:11.000Z',
      channel: 'portal',
      sentTo: 'CNIL',
      contentSha256: 'ab'.repeat(32),
    };
    expect(noticeFileName(obligation, obligation.metAt)).toBe('GDPR_SA-INC-12-2026-11-21.txt');
    const file = noticeFileText({ obligation, subject: 'Notification', body: 'Line 1\nLine 2' });
    expect(file.split('-'.repeat(72))[1]).toBe('\nLine 1\nLine 2');
    expect(file).toContain(`SHA-256 of the text below the line: ${'ab'.repeat(32)}`);
  });
});

describe('in Québec French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names the channels in the active language', () => {
    expect(CHANNEL_LABELS.email).toBe('Courriel');
    setActiveLocale('en');
    expect(CHANNEL_LABELS.email).toBe('Email');
  });

  it('explains the mark-as-sent problems in French', () => {
    const obligation = { dueAt: '2026-11-23T10:00:00.000Z' };
    const errors = validateSend({
      obligation,
      form: aForm({ recipient: ' ' }),
      sentAt: '2026-11-24T09:00:00.000Z',
      delayReason: '',
      now: Date.parse('2026-11-24T12:00:00Z'),
    });
    expect(errors).toEqual({
      recipient: 'Indiquez à qui il a été envoyé.',
      delayReason: 'Envoyé après l’échéance\u00a0: indiquez les motifs du retard.',
    });
  });

  it('writes the saved file’s header in French, the hashed text untouched', () => {
    const file = noticeFileText({
      obligation: {
        rule: 'QC_CAI',
        title: 'Aviser la Commission d’accès à l’information',
        incidentNumber: 12,
        metAt: '2026-11-21T14:03:11.000Z',
        channel: 'portal',
        sentTo: 'CAI',
        contentSha256: 'ab'.repeat(32),
      },
      subject: 'Avis',
      body: 'Ligne 1',
    });
    expect(file).toContain('Objet\u00a0: Avis');
    expect(file).toContain(`SHA-256 du texte sous la ligne\u00a0: ${'ab'.repeat(32)}`);
    expect(file.endsWith('\nLigne 1')).toBe(true);
  });
});
