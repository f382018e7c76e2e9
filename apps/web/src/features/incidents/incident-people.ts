import type { CurrentUser, User } from '@vigil/contracts';
import { pick } from '../../i18n';
import { messages } from './messages';

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
  const mine = { id: me.id, label: pick(messages).people.me(nameOf(me)) };
  if (!users) return [mine];
  const active = users.filter(
    (u) => u.active && u.role !== 'client_auditor' && u.role !== 'auditor',
  );
  const others = active
    .filter((u) => u.id !== me.id)
    .map((u) => ({ id: u.id, label: nameOf(u) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return [mine, ...others];
};

/** The lead as a person reads it: "You", their name (from the incident or the user list), else a short id. */
export const leadLabel = (
  leadId: string | null,
  me: Pick<CurrentUser, 'id'>,
  users?: readonly User[],
  lead?: { displayName: string | null; email: string } | null,
): { text: string; title?: string } => {
  const t = pick(messages).people;
  if (!leadId) return { text: t.noLead };
  if (leadId === me.id) return { text: t.you };
  const user = users?.find((u) => u.id === leadId) ?? lead;
  if (user) return { text: user.displayName ?? user.email, title: user.email };
  return { text: t.user(leadId.slice(0, 8)), title: leadId };
};
