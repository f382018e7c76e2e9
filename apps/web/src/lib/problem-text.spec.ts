import { setActiveLocale } from '../i18n';
import { ApiError } from './api-client';
import { describeProblem } from './problem-text';

const problem = (status: number, title: string, detail?: string, retryAfter?: number) =>
  new ApiError(
    { type: 'about:blank', title, status, detail, instance: '/api/v1/auth/otp' },
    retryAfter,
  );

describe('describeProblem', () => {
  it.each([
    [
      'a missing endpoint names the feature',
      problem(404, 'Not Found', 'Cannot POST /api/v1/auth/otp'),
      'Email sign-in',
      {
        title: 'Email sign-in is not available on this server',
        detail: 'Cannot POST /api/v1/auth/otp',
        reference: 'HTTP 404 · /api/v1/auth/otp',
      },
    ],
    [
      'a rate limit says when to retry',
      problem(429, 'Too Many Requests', 'Slow down.', 30),
      undefined,
      {
        title: 'Too many attempts',
        detail: 'Slow down. Try again in 30 s.',
        reference: 'HTTP 429 · /api/v1/auth/otp',
      },
    ],
    [
      'a server error keeps the server detail',
      problem(503, 'Service Unavailable', 'The database is not reachable right now.'),
      undefined,
      {
        title: 'The server could not complete this',
        detail: 'The database is not reachable right now.',
        reference: 'HTTP 503 · /api/v1/auth/otp',
      },
    ],
    [
      'any other problem shows its own title',
      problem(409, 'Conflict', 'cannot move from closed to triage'),
      undefined,
      {
        title: 'Conflict',
        detail: 'cannot move from closed to triage',
        reference: 'HTTP 409 · /api/v1/auth/otp',
      },
    ],
    [
      'a network failure has no status to show',
      new ApiError({ type: 'about:blank', title: 'Network error', status: 0, detail: 'offline' }),
      undefined,
      { title: 'Cannot reach Vigil', detail: 'offline' },
    ],
    [
      'a plain error keeps its message',
      new Error('boom'),
      undefined,
      { title: 'Something went wrong', detail: 'boom' },
    ],
  ])('%s', (_case, error, action, expected) => {
    expect(describeProblem(error, action)).toEqual(expected);
  });

  describe('in French', () => {
    beforeEach(() => setActiveLocale('fr-CA'));
    afterEach(() => setActiveLocale('en'));

    it('titles a refusal in French and keeps the server detail as written', () => {
      expect(
        describeProblem(problem(409, 'Conflict', 'cannot move from closed to triage')),
      ).toEqual({
        title: 'Conflit avec l’état actuel',
        detail: 'cannot move from closed to triage',
        reference: 'HTTP 409 · /api/v1/auth/otp',
      });
    });

    it('says in French when the server cannot be reached or asks to wait', () => {
      const offline = new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
      expect(describeProblem(offline)).toEqual({
        title: 'Impossible de joindre Vigil',
        detail: 'L’API de Vigil est injoignable. Vérifiez votre connexion ou l’état du serveur.',
      });
      expect(describeProblem(problem(429, 'Too Many Requests', undefined, 30)).detail).toBe(
        'Réessayez dans 30 s.',
      );
    });
  });
});
