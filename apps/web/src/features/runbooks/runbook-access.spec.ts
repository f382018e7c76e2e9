import type { Role } from '@vigil/contracts';
import { canStartRuns, canUpdateStep, canWriteRunbooks } from './runbook-access';

describe('runbook access', () => {
  it.each([
    ['admin', true, true],
    ['security_lead', true, true],
    ['responder', false, true],
    ['dpo', false, false],
    ['auditor', false, false],
  ] as [Role, boolean, boolean][])('%s writes: %s, starts runs: %s', (role, writes, starts) => {
    expect(canWriteRunbooks(role)).toBe(writes);
    expect(canStartRuns(role)).toBe(starts);
  });

  it.each([
    ['responder', null, true],
    ['responder', 'responder', true],
    ['responder', 'dpo', false],
    ['dpo', 'dpo', true],
    ['dpo', null, true],
    ['security_lead', 'dpo', true],
    ['admin', 'responder', true],
    ['auditor', null, false],
  ] as [Role, Role | null, boolean][])(
    'a %s ticks a step for %s: %s',
    (role, stepRole, allowed) => {
      expect(canUpdateStep(role, stepRole)).toBe(allowed);
    },
  );
});
