import { pick } from '../../i18n';
import { authMessages } from './messages';

/** What each `/sign-in?sso_error=<reason>` from the SSO callback means, in plain words. */
export const ssoErrorMessage = (reason: string): string => {
  const words = pick(authMessages).sso;
  return Object.hasOwn(words, reason) ? (words[reason] as string) : (words.other as string);
};
