import type { Role } from '@vigil/contracts';
import { anAlert } from '../../test/builders';
import { availableActions } from './alert-actions';

describe('availableActions', () => {
  it.each<[string, Role, Parameters<typeof anAlert>[0], string[]]>([
    ['a lead on an open alert', 'security_lead', {}, ['acknowledge', 'promote', 'suppress']],
    ['a responder on an open alert', 'responder', {}, ['acknowledge']],
    [
      'a lead on a promoted one',
      'security_lead',
      { status: 'acknowledged', incidentId: 'i1' },
      ['suppress'],
    ],
    ['a lead on a suppressed one', 'admin', { status: 'suppressed' }, ['promote']],
    ['anyone on a resolved one', 'admin', { status: 'resolved' }, []],
    ['an auditor', 'auditor', {}, []],
  ])('%s', (_case, role, alert, expected) => {
    expect(availableActions(role, anAlert(alert))).toEqual(expected);
  });
});
