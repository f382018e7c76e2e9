/** A stored timestamp as the API writes it (RFC 3339 UTC), or null when it is not set. */
export const isoOrNull = (value: Date | null | undefined): string | null =>
  value?.toISOString() ?? null;
