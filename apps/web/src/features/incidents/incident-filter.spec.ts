import {
  activeIncidentFilters,
  incidentFilterToParams,
  parseIncidentFilter,
  toIncidentQuery,
} from './incident-filter';

describe('parseIncidentFilter / incidentFilterToParams', () => {
  it('shows open incidents by default, and ignores values it does not know', () => {
    expect(parseIncidentFilter(new URLSearchParams(''))).toEqual({ openOnly: true });
    expect(parseIncidentFilter(new URLSearchParams('status=gone&severity=SEV9&q=%20%20'))).toEqual({
      openOnly: true,
    });
  });

  it('round-trips every filter through the address bar', () => {
    const filter = {
      openOnly: false,
      status: 'contained' as const,
      severity: 'SEV1' as const,
      q: 'export',
      organizationId: 'acme',
    };
    const params = incidentFilterToParams(filter);
    expect(params.toString()).toBe('all=1&status=contained&severity=SEV1&q=export&org=acme');
    expect(parseIncidentFilter(params)).toEqual(filter);
    expect(incidentFilterToParams({ openOnly: true }).toString()).toBe('');
  });
});

describe('toIncidentQuery', () => {
  it('asks for open incidents only unless a status is chosen', () => {
    expect(toIncidentQuery({ openOnly: true, severity: 'SEV2' })).toEqual({
      openOnly: 'true',
      severity: 'SEV2',
    });
    expect(toIncidentQuery({ openOnly: true, status: 'closed' })).toEqual({ status: 'closed' });
    expect(toIncidentQuery({ openOnly: false })).toEqual({});
  });

  it('counts the filters besides "open only"', () => {
    expect(activeIncidentFilters({ openOnly: true })).toBe(0);
    expect(activeIncidentFilters({ openOnly: false, q: 'x', severity: 'SEV1' })).toBe(2);
  });
});
