import { isApiError } from './api-client';

export type FieldErrors = Record<string, string>;

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first message for each field, keyed by dotted path (`contacts.0.email`). */
export const issuesToFieldErrors = (issues: readonly Issue[]): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
};

/** Field errors a problem+json response named (`errors: [{ path, message }]`). */
export const serverFieldErrors = (error: unknown): FieldErrors =>
  isApiError(error)
    ? issuesToFieldErrors(
        error.errors.map((e) => ({ path: e.path.split('.'), message: e.message })),
      )
    : {};

/** The errors without the one for `path`: a field's message goes once the person edits it. */
export const withoutError = (errors: FieldErrors, path: string): FieldErrors => {
  if (!(path in errors)) return errors;
  const { [path]: _edited, ...rest } = errors;
  return rest;
};
