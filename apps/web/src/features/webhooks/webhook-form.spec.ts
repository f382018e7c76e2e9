import type { OutboxAttempt, Webhook } from '@vigil/contracts';
import { setActiveLocale } from '../../i18n';
import type { WebhookTestResult } from './api';
import {
  describeEvents,
  describeTestResult,
  draftOf,
  formatDurationMs,
  toCreateWebhook,
  toWebhookPatch,
  WEBHOOK_EVENT_LABELS,
} from './webhook-form';

const aWebhook = (overrides: Partial<Webhook> = {}): Webhook => ({
  id: 'wh-1',
  name: 'SecOps Slack',
  url: 'https://hooks.slack.com/services/T0/B0/x',
  events: [
    'obligation.reminder',
    'obligation.escalation',
    'response.reminder',
    'response.escalation',
  ],
  active: true,
  createdAt: '2026-11-20T10:00:00.000Z',
  lastDeliveryAt: null,
  lastStatus: null,
  ...overrides,
});

const anAttempt = (overrides: Partial<OutboxAttempt> = {}): OutboxAttempt => ({
  at: '2026-11-20T10:00:00.000Z',
  outcome: 'sent',
  detail: 'HTTP 200',
  durationMs: 85,
  ...overrides,
});

const aTest = (status: string, attempts: OutboxAttempt[]): WebhookTestResult => ({
  outboxId: 'o-1',
  status,
  attempts,
});

describe('toCreateWebhook', () => {
  it('sends the trimmed name and URL with every event ticked by default', () => {
    const draft = { ...draftOf(), name: '  SecOps Slack ', url: ' https://example.test/hook ' };
    expect(toCreateWebhook(draft)).toEqual({
      ok: true,
      value: {
        name: 'SecOps Slack',
        url: 'https://example.test/hook',
        events: [
          'obligation.reminder',
          'obligation.escalation',
          'response.reminder',
          'response.escalation',
        ],
        active: true,
      },
    });
  });

  it('keeps the events in the order of the list, whatever order they were ticked in', () => {
    const draft = {
      name: 'Pager',
      url: 'https://example.test/',
      events: ['response.escalation' as const, 'obligation.escalation' as const],
    };
    const result = toCreateWebhook(draft);
    expect(result.ok && result.value.events).toEqual([
      'obligation.escalation',
      'response.escalation',
    ]);
  });

  it.each([
    ['no name', { name: ' ' }, 'name', 'Give the webhook a name, up to 200 characters.'],
    [
      'not a URL',
      { url: 'hooks.slack.com' },
      'url',
      'The full address, starting with https:// (or http://).',
    ],
    [
      'not http(s)',
      { url: 'ftp://example.test/' },
      'url',
      'The full address, starting with https:// (or http://).',
    ],
    ['no event', { events: [] }, 'events', 'Choose at least one kind of message.'],
  ])('%s: says what to type in that field', (_case, change, field, message) => {
    const draft = { ...draftOf(), name: 'Hook', url: 'https://example.test/', ...change };
    expect(toCreateWebhook(draft)).toEqual({ ok: false, errors: { [field]: message } });
  });
});

describe('toWebhookPatch', () => {
  it('is empty when nothing changed, even with the events ticked in another order', () => {
    const webhook = aWebhook({ events: ['response.escalation', 'obligation.reminder'] });
    const draft = { ...draftOf(webhook), events: webhook.events.toReversed() };
    expect(toWebhookPatch(webhook, draft)).toEqual({ ok: true, value: {} });
  });

  it('sends only the fields that changed', () => {
    const webhook = aWebhook();
    const draft = {
      ...draftOf(webhook),
      url: 'https://example.test/new',
      events: ['response.escalation' as const],
    };
    expect(toWebhookPatch(webhook, draft)).toEqual({
      ok: true,
      value: { url: 'https://example.test/new', events: ['response.escalation'] },
    });
  });

  it('refuses to clear the name', () => {
    const webhook = aWebhook();
    expect(toWebhookPatch(webhook, { ...draftOf(webhook), name: '' })).toMatchObject({
      ok: false,
      errors: { name: expect.any(String) },
    });
  });
});

describe('describeEvents', () => {
  it('names all four at once, or each chosen one in words', () => {
    expect(describeEvents(aWebhook().events)).toBe('All reminders and escalations');
    expect(describeEvents(['response.escalation', 'obligation.reminder'])).toBe(
      'Notification deadline reminders, Overdue response escalations',
    );
  });
});

describe('describeTestResult', () => {
  it('says a delivery took how long and what the endpoint answered', () => {
    expect(describeTestResult(aTest('sent', [anAttempt()]))).toMatchObject({
      tone: 'success',
      title: 'Delivered: HTTP 200 in 85 ms',
    });
  });

  it('says an endpoint refused it, and that Vigil will retry', () => {
    const outcome = describeTestResult(
      aTest('pending', [
        anAttempt({ outcome: 'failed', detail: 'HTTP 500 from the webhook', durationMs: 12 }),
      ]),
    );
    expect(outcome).toMatchObject({ tone: 'danger', title: 'Failed: HTTP 500 from the webhook' });
    expect(outcome.detail).toContain('retries');
  });

  it('tells an unreachable address from a refusal', () => {
    const outcome = describeTestResult(
      aTest('failed', [anAttempt({ outcome: 'failed', detail: 'fetch failed' })]),
    );
    expect(outcome.title).toBe('Failed: fetch failed');
    expect(outcome.detail).toMatch(/^No HTTP answer/);
    expect(outcome.detail).not.toContain('retries');
  });

  it('reports a message another worker is sending, or one that was never queued', () => {
    expect(describeTestResult(aTest('taken', [])).tone).toBe('info');
    expect(describeTestResult(aTest('failed', [])).title).toBe(
      'Failed: the test message could not be queued',
    );
  });
});

describe('formatDurationMs', () => {
  it.each([
    [85, '85 ms'],
    [999.6, '1.0 s'],
    [1234, '1.2 s'],
  ])('%d → %s', (ms, text) => {
    expect(formatDurationMs(ms)).toBe(text);
  });
});

describe('in French', () => {
  beforeEach(() => setActiveLocale('fr-CA'));
  afterEach(() => setActiveLocale('en'));

  it('names the events', () => {
    expect(describeEvents(aWebhook().events)).toBe('Tous les rappels et escalades');
    expect(describeEvents(['response.escalation'])).toBe('Escalades de réponses en retard');
    expect(WEBHOOK_EVENT_LABELS['obligation.reminder'].label).toBe(
      'Rappels d’échéances de notification',
    );
  });

  it('says what to type in a wrong field', () => {
    const draft = { ...draftOf(), name: 'Hook', url: 'hooks.slack.com' };
    expect(toCreateWebhook(draft)).toEqual({
      ok: false,
      errors: { url: 'L’adresse complète, commençant par https:// (ou http://).' },
    });
  });

  it('reports a test result, durations written the French way', () => {
    expect(formatDurationMs(1234)).toBe('1,2\u00a0s');
    expect(describeTestResult(aTest('sent', [anAttempt()])).title).toBe(
      'Livré\u00a0: HTTP 200 en 85\u00a0ms',
    );
    const outcome = describeTestResult(
      aTest('pending', [anAttempt({ outcome: 'failed', detail: 'fetch failed' })]),
    );
    expect(outcome.title).toBe('Échec\u00a0: fetch failed');
    expect(outcome.detail).toMatch(/^Aucune réponse HTTP/);
    expect(outcome.detail).toContain('réessaie');
  });
});
