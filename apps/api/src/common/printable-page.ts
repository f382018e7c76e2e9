/** Escapes text for an HTML page built by string concatenation. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The policy of a page Vigil renders for printing (a report, a certificate): its styles are
 * inline so it prints anywhere, and nothing in it can run.
 */
export const PRINTABLE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";
