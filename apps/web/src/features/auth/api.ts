import type { RequestOtp, SignInResult, VerifyOtp } from '@vigil/contracts';
import { api } from '../../lib/api-client';

/** `POST /api/v1/auth/otp`: 202 whether or not the account exists (no enumeration). */
export const requestOtp = (body: RequestOtp) =>
  api.post<unknown>('/api/v1/auth/otp', body, { ensureCsrf: false });

/** `POST /api/v1/auth/otp/verify`: sets the session cookie; 401 on a wrong or expired code. */
export const verifyOtp = (body: VerifyOtp) =>
  api.post<SignInResult>('/api/v1/auth/otp/verify', body, { ensureCsrf: false });
