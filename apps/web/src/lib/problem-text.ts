import { activeLocale, defineMessages, pick } from '../i18n';
import { ApiError } from './api-client';

export interface ProblemText {
  title: string;
  detail?: string;
  /** Status and path, for a support ticket or a log search. */
  reference?: string;
}

const messages = defineMessages(
  {
    unknown: 'Something went wrong',
    unreachable: 'Cannot reach Vigil',
    unreachableDetail: 'The Vigil API could not be reached. Check your connection or the server.',
    notOnServer: (action: string) => `${action} is not available on this server`,
    tooMany: 'Too many attempts',
    retryIn: (seconds: number) => `Try again in ${seconds} s.`,
    serverFailed: 'The server could not complete this',
    serverFailedDetail: 'It has been logged; try again in a moment.',
  },
  {
    unknown: 'Une erreur s’est produite',
    unreachable: 'Impossible de joindre Vigil',
    unreachableDetail:
      'L’API de Vigil est injoignable. Vérifiez votre connexion ou l’état du serveur.',
    notOnServer: (action: string) => `${action} : non offert sur ce serveur`,
    tooMany: 'Trop de tentatives',
    retryIn: (seconds: number) => `Réessayez dans ${seconds} s.`,
    serverFailed: 'Le serveur n’a pas pu terminer l’opération',
    serverFailedDetail: 'L’erreur a été journalisée; réessayez dans un moment.',
  },
);

// The server's problem titles are English; its details stay as written (they name the field or
// the rule), but a French reader gets the title in French.
const FRENCH_TITLES: Record<number, string> = {
  400: 'Requête refusée',
  401: 'Session requise',
  403: 'Action non permise',
  404: 'Introuvable',
  409: 'Conflit avec l’état actuel',
  413: 'Envoi trop volumineux',
  415: 'Format non accepté',
  422: 'Règle non respectée',
};

/** Words a person can act on for any failure; the server's own detail is kept, never hidden. */
export const describeProblem = (error: unknown, action?: string): ProblemText => {
  const t = pick(messages);
  if (!(error instanceof ApiError)) {
    return { title: t.unknown, detail: error instanceof Error ? error.message : undefined };
  }
  if (error.isNetworkError) {
    return { title: t.unreachable, detail: error.detail ?? t.unreachableDetail };
  }
  const reference = [`HTTP ${error.status}`, error.instance].filter(Boolean).join(' · ');
  if (error.status === 404 && action) {
    return { title: t.notOnServer(action), detail: error.detail, reference };
  }
  if (error.status === 429) {
    const wait = error.retryAfterSeconds ? ` ${t.retryIn(error.retryAfterSeconds)}` : '';
    return { title: t.tooMany, detail: `${error.detail ?? ''}${wait}`.trim(), reference };
  }
  if (error.status >= 500) {
    return { title: t.serverFailed, detail: error.detail ?? t.serverFailedDetail, reference };
  }
  const title =
    activeLocale() === 'fr-CA' ? (FRENCH_TITLES[error.status] ?? error.title) : error.title;
  return { title, detail: error.detail, reference };
};
