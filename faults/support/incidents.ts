const HOUR = 60 * 60 * 1000;

/**
 * Opens a SEV2 incident for Client A (Canada) whose 24 h notice clock started `ageMs` ago: at
 * 23 h the 50/75/90 % reminders are already due; at 12 h minus a few seconds the 50 % one falls
 * due that many seconds from now. Gives up after `timeoutMs` (an answer that never comes is a
 * finding, not a reason to hang the suite).
 */
export const openIncident = async (
  apiUrl: string,
  token: string,
  ageMs: number,
  title: string,
  timeoutMs = 30_000,
) => {
  const res = await fetch(`${apiUrl}/api/v1/incidents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      title,
      severity: 'SEV2',
      awareAt: new Date(Date.now() - ageMs).toISOString(),
      organizationIds: ['org-a'],
    }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json()) as { id: string; reference: string };
  if (res.status !== 201)
    throw new Error(`incident not opened: ${res.status} ${JSON.stringify(body)}`);
  return body;
};

export const hoursAgo = (hours: number, plusMs = 0) => hours * HOUR - plusMs;
