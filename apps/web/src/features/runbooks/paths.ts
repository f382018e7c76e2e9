export const runbookPath = (id: string, version?: number) =>
  `/runbooks/${encodeURIComponent(id)}${version === undefined ? '' : `?version=${version}`}`;

export const runbookEditPath = (id: string) => `/runbooks/${encodeURIComponent(id)}/edit`;
