import type { Response } from 'express';
import type { Config } from '../../config/config.js';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Secure is dropped only where the browser cannot send it anyway: plain http on this machine. */
export const cookieIsSecure = (config: Config): boolean => {
  const url = new URL(config.publicUrl);
  return !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
};

/** `__Host-` binds the cookie to this exact origin, but browsers accept it only with Secure. */
export const sessionCookieName = (config: Config): string =>
  cookieIsSecure(config) ? '__Host-vigil_session' : 'vigil_session';

export const setSessionCookie = (
  res: Response,
  config: Config,
  token: string,
  maxAgeMs: number,
): void => {
  res.cookie(sessionCookieName(config), token, {
    httpOnly: true,
    secure: cookieIsSecure(config),
    sameSite: 'strict',
    path: '/',
    maxAge: maxAgeMs,
  });
};

export const clearSessionCookie = (res: Response, config: Config): void => {
  res.clearCookie(sessionCookieName(config), {
    httpOnly: true,
    secure: cookieIsSecure(config),
    sameSite: 'strict',
    path: '/',
  });
};
