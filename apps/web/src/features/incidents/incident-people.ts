import type { CurrentUser, User } from '@vigil/contracts';

export interface PersonOption {
  id: string;
  label: string;
}

const nameOf = (person: { displayName: string | null; email: string }) =>
  person.displayName ? `${person.displayName} (${person.email})` : person.email;

/**
 * Who can be made lead. `GET /users` is for admins only; anyone else can name only themselves
 * (and keep the lead already set, shown by `leadLabel`).
 */
export const leadOptions = (
  me: CurrentUser,
  users: readonly User[] | undefined,
): PersonOption[] => {
  if (!users) return [{ id: me.id, label: `Me — ${nameOf(me)}` }];
  const active = users.filter(
    (u) => u.active && u.role !== 'client_auditor' && u.role !== 'auditor',
  );
  const others = active
    .filter((u) => u.id !== me.id)
    .map((u) => ({ id: u.id, label: nameOf(u) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [{ id: me.id, label: `Me — ${nameOf(me)}` }, ...others];
};

/** The lead as a person reads it: "You", their name (from the incident or the user list), else a short id. */
export const leadLabel = (
  leadId: string | null,
  me: Pick<CurrentUser, 'id'>,
  users?: readonly User[],
  lead?: { displayName: string | null; email: string } | null,
): { text: string; title?: string } => {
  if (!leadId) return { text: 'No lead' };
  if (leadId === me.id) return { text: 'You' };
  const user = users?.find((u) => u.id === leadId) ?? lead;
  if (user) return { text: user.displayName ?? user.email, title: user.email };
  return { text: `User ${leadId.slice(0, 8)}`, title: leadId };
};
