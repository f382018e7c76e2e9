/** Escapes text for an HTML page built by string concatenation. */
export const escapeHtml = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The policy of a page Vigil renders for printing (a report, a certificate): its styles are
 * inline so it prints anywhere, and nothing in it can run.
 */
export const PRINTABLE_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** "2026-11-21 09:15 America/Toronto": every time on a printed page names its zone; "—" for none. */
export const zonedTime = (value: string | null | undefined, timeZone: string): string =>
  value
    ? `${new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(new Date(value))} ${timeZone}`
    : '—';

/** A table with escaped headings over cells already escaped by the caller, or the empty message. */
export const htmlTable = (head: string[], body: string[][], empty: string): string =>
  body.length
    ? `<table><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body
        .map((cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : `<p class="empty">${escapeHtml(empty)}</p>`;
