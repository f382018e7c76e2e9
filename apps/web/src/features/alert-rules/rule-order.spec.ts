import { anAlertRule } from '../../test/builders';
import { moveRule, orderRules } from './rule-order';

describe('moveRule', () => {
  const rules = [
    anAlertRule({ id: 'a', position: 10 }),
    anAlertRule({ id: 'b', position: 20 }),
    anAlertRule({ id: 'c', position: 30 }),
  ];

  it('swaps a rule with the one above it, saving only what changed', () => {
    expect(moveRule(rules, 'c', 'up')).toEqual([
      { id: 'c', position: 20 },
      { id: 'b', position: 30 },
    ]);
  });

  it('does nothing past either end, or for an unknown rule', () => {
    expect(moveRule(rules, 'a', 'up')).toEqual([]);
    expect(moveRule(rules, 'c', 'down')).toEqual([]);
    expect(moveRule(rules, 'zz', 'down')).toEqual([]);
  });

  it('renumbers rules that shared a position, so the new order holds', () => {
    const tied = [
      anAlertRule({ id: 'a', position: 0 }),
      anAlertRule({ id: 'b', position: 0 }),
      anAlertRule({ id: 'c', position: 0 }),
    ];
    expect(moveRule(tied, 'a', 'down')).toEqual([
      { id: 'b', position: 10 },
      { id: 'a', position: 20 },
      { id: 'c', position: 30 },
    ]);
  });
});

describe('orderRules', () => {
  it('orders by position, then by creation', () => {
    const ordered = orderRules([
      anAlertRule({ id: 'late', position: 10, createdAt: '2026-11-02T00:00:00Z' }),
      anAlertRule({ id: 'last', position: 20 }),
      anAlertRule({ id: 'early', position: 10, createdAt: '2026-11-01T00:00:00Z' }),
    ]);
    expect(ordered.map((r) => r.id)).toEqual(['early', 'late', 'last']);
  });
});
