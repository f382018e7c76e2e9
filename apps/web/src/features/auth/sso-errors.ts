/** What each `/sign-in?sso_error=<reason>` from the SSO callback means, in plain words. */
const SSO_ERRORS: Record<string, string> = {
  state_invalid:
    'The single sign-on attempt expired or was started in another tab. Start it again from this page.',
  provider_error: 'Your identity provider refused or cancelled the sign-in.',
  provider_unavailable:
    'Your identity provider could not be reached. Try again in a moment, or sign in with an email code.',
  token_exchange_failed:
    'Vigil could not complete the sign-in with your identity provider. Try again; if it keeps failing, tell an administrator.',
  id_token_invalid:
    "Your identity provider's answer could not be verified, so Vigil did not sign you in. Tell an administrator.",
  email_unverified:
    'Your identity provider has not verified your email address, so Vigil cannot match it to an account.',
  unknown_user:
    'No Vigil account uses the email address your identity provider gave. Ask an administrator to add you.',
  user_inactive: 'Your Vigil account is deactivated. Ask an administrator to reactivate it.',
};

export const ssoErrorMessage = (reason: string): string =>
  SSO_ERRORS[reason] ??
  'Single sign-on did not complete. Try again, or sign in with an email code.';
