import { AppError } from '../../common/app-error.js';
import type { ConsoleEvent } from '../audit-events/audit-log.service.js';

export type SsoFailureReason =
  | 'state_invalid'
  | 'provider_error'
  | 'provider_unavailable'
  | 'token_exchange_failed'
  | 'id_token_invalid'
  | 'email_unverified'
  | 'unknown_user'
  | 'user_inactive';

/** An SSO sign-in that cannot go on; `reason` is what the audit log and the sign-in page see. */
export class SsoError extends AppError {
  constructor(
    readonly reason: SsoFailureReason,
    detail: string,
    /** Who was signing in, as far as the flow got to know it. */
    readonly actor: ConsoleEvent['actor'] = { type: 'user' },
  ) {
    super('UNAUTHENTICATED', detail);
    this.name = 'SsoError';
  }
}
