import type { AlertRuleRecord } from '@vigil/contracts';

export type MoveDirection = 'up' | 'down';

/** Positions leave room between rules, as the API does for new ones. */
const STEP = 10;

/**
 * The position changes that move one rule a place up or down. The whole list is renumbered
 * (10, 20, 30 …) so that rules created with equal positions get a distinct order too; only the
 * rules whose position actually changes are returned.
 */
export const moveRule = (
  rules: readonly Pick<AlertRuleRecord, 'id' | 'position'>[],
  id: string,
  direction: MoveDirection,
): { id: string; position: number }[] => {
  const index = rules.findIndex((r) => r.id === id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= rules.length) return [];
  const order = [...rules];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(target, 0, moved);
  return order
    .map((rule, i) => ({ id: rule.id, position: (i + 1) * STEP, before: rule.position }))
    .filter((r) => r.position !== r.before)
    .map(({ id: ruleId, position }) => ({ id: ruleId, position }));
};

/** Rules in the order they are tried. */
export const orderRules = <T extends Pick<AlertRuleRecord, 'position' | 'createdAt'>>(
  rules: readonly T[],
): T[] =>
  [...rules].sort(
    (a, b) => a.position - b.position || Date.parse(a.createdAt) - Date.parse(b.createdAt),
  );
