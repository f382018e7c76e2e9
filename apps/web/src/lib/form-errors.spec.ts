import { ApiError } from './api-client';
import { issuesToFieldErrors, serverFieldErrors } from './form-errors';

describe('issuesToFieldErrors', () => {
  it('keeps the first message per dotted path', () => {
    expect(
      issuesToFieldErrors([
        { path: ['email'], message: 'expected an email address' },
        { path: ['email'], message: 'too long' },
        { path: ['contacts', 0, 'name'], message: 'required' },
      ]),
    ).toEqual({ email: 'expected an email address', 'contacts.0.name': 'required' });
  });
});

describe('serverFieldErrors', () => {
  it('reads the errors of a problem response, and nothing from other failures', () => {
    const problem = new ApiError({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [
        { path: 'organizationId', message: 'a client_auditor is bound to one organization' },
      ],
    });
    expect(serverFieldErrors(problem)).toEqual({
      organizationId: 'a client_auditor is bound to one organization',
    });
    expect(serverFieldErrors(new Error('boom'))).toEqual({});
  });
});
