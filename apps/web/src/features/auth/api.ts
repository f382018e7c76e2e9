import type {
  CurrentUser,
  RequestOtp,
  SignInResult,
  SsoStatus,
  UpdatePreferences,
  VerifyOtp,
} from '@vigil/contracts';
import { api } from '../../lib/api-client';

/** `GET /auth/session`: who is signed in, without a 401 when nobody is. */
export type SessionState =
  | SignInResult
  | {
      user: null;
      csrfToken?: undefined;
      /** Set in this tab on sign-out: the guard then leaves without a `?next=` to come back to. */
      signedOut?: true;
    };

export const fetchSession = (signal?: AbortSignal) =>
  api.get<SessionState>('/api/v1/auth/session', { signal });

/** `POST /api/v1/auth/otp`: 202 whether or not the account exists (no enumeration). */
export const requestOtp = (body: RequestOtp) =>
  api.post<unknown>('/api/v1/auth/otp', body, { ensureCsrf: false });

/** `POST /api/v1/auth/otp/verify`: sets the session cookie; 401 on a wrong or expired code. */
export const verifyOtp = (body: VerifyOtp) =>
  api.post<SignInResult>('/api/v1/auth/otp/verify', body, { ensureCsrf: false });

/** `POST /auth/logout`: ends the session on the server and clears the cookie. */
export const logout = () => api.post<void>('/api/v1/auth/logout');

/** `GET /auth/sso`: whether single sign-on is configured. */
export const fetchSsoStatus = (signal?: AbortSignal) =>
  api.get<SsoStatus>('/api/v1/auth/sso', { signal });

/** A full-page navigation, not a fetch: the provider's sign-in page takes over the tab. */
export const SSO_START_URL = '/api/v1/auth/sso/start';

/** `PATCH /auth/me`: the person's own preferences, kept with their account. */
export const updatePreferences = (body: UpdatePreferences) =>
  api.patch<CurrentUser>('/api/v1/auth/me', body);
