// The identity provider sends everyone back to "/"; the page they wanted waits here meanwhile.
const KEY = 'vigil.sso-next';

export const rememberSsoNext = (next: string | undefined): void => {
  try {
    if (next) sessionStorage.setItem(KEY, next);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Blocked storage: SSO still works, it just lands on the home page.
  }
};

/** Reads and forgets the page to resume after SSO. */
export const takeSsoNext = (): string | null => {
  try {
    const next = sessionStorage.getItem(KEY);
    if (next) sessionStorage.removeItem(KEY);
    return next;
  } catch {
    return null;
  }
};
