import {
  activeFilterCount,
  filterToParams,
  parseFilter,
  toQuery,
  utcDays,
  type AuditFilter,
} from './audit-filter';

const anchor = Date.parse('2026-11-20T12:00:00Z');

describe('parseFilter / filterToParams', () => {
  it('round-trips every field through the address bar', () => {
    const filter: AuditFilter = {
      range: '30d',
      actor: 'lead@example.com',
      action: 'auth.*',
      outcome: 'failure',
      category: 'access',
      organizationId: 'acme',
      ip: '203.0.113.0/24',
      q: 'invoice',
    };
    const params = filterToParams(filter);
    expect(params.toString()).toBe(
      'range=30d&actor=lead%40example.com&action=auth.*&outcome=failure&category=access&org=acme&ip=203.0.113.0%2F24&q=invoice',
    );
    expect(parseFilter(params)).toEqual(filter);
  });

  it('falls back to the default range and drops values it does not know', () => {
    expect(
      parseFilter(new URLSearchParams('range=forever&outcome=maybe&category=&actor=%20%20')),
    ).toEqual({ range: '7d' });
  });

  it('keeps custom days only with a custom range, and only well-formed ones', () => {
    expect(parseFilter(new URLSearchParams('from=2026-11-01&to=2026-11-05'))).toEqual({
      range: '7d',
    });
    expect(
      parseFilter(new URLSearchParams('range=custom&from=2026-11-01&to=yesterday')),
    ).toMatchObject({ range: 'custom', fromDay: '2026-11-01', toDay: undefined });
  });

  it('leaves the default range out of the address', () => {
    expect(filterToParams({ range: '7d', outcome: 'success' }).toString()).toBe('outcome=success');
  });
});

describe('toQuery', () => {
  it('counts a preset back from the anchor and leaves the end open', () => {
    expect(toQuery({ range: '24h', action: 'auth.*' }, anchor)).toEqual({
      from: '2026-11-19T12:00:00.000Z',
      action: 'auth.*',
    });
  });

  it('covers whole days of a custom range, the last one included', () => {
    expect(
      toQuery({ range: 'custom', fromDay: '2026-11-01', toDay: '2026-11-03' }, anchor),
    ).toEqual({
      from: new Date(2026, 10, 1).toISOString(),
      to: new Date(2026, 10, 4).toISOString(),
    });
  });
});

describe('utcDays', () => {
  it('lists each UTC day of the range, both ends included', () => {
    expect(utcDays('2026-11-18T15:00:00Z', '2026-11-20T09:00:00Z')).toEqual([
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
  });
});

describe('activeFilterCount', () => {
  it('counts the filters besides the time range', () => {
    expect(activeFilterCount({ range: '12mo' })).toBe(0);
    expect(activeFilterCount({ range: '24h', ip: '10.0.0.0/8', q: 'x' })).toBe(2);
  });
});
