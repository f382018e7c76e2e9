const pad = (n: number) => String(n).padStart(2, '0');

/** An RFC 3339 time → the value of an `<input type="datetime-local">` in the browser's zone. */
export const toLocalInput = (iso: string | null | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
};

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A `datetime-local` value, read in the browser's zone, → RFC 3339 UTC; '' → null. Undefined when
 * the text is not a real local time (the browser's picker never produces one, a typed value may).
 */
export const fromLocalInput = (value: string): string | null | undefined => {
  const text = value.trim();
  if (!text) return null;
  const match = LOCAL.exec(text);
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
  // 2026-02-30 would roll into March: refuse it rather than record the wrong day.
  if (date.getMonth() !== (mo ?? 1) - 1 || date.getDate() !== d) return undefined;
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) return undefined;
  return date.toISOString();
};
