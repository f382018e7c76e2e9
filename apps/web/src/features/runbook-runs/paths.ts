export const runPath = (id: string) => `/runbook-runs/${encodeURIComponent(id)}`;
