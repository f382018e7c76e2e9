import { parseAlarmTimestamp } from './alarm-time.js';

describe('parseAlarmTimestamp', () => {
  it.each([
    // CloudWatch's own spelling: `+0000`, no colon.
    ['2021-05-11T21:03:28.571+0000', '2021-05-11T21:03:28.571Z'],
    ['2021-05-11T21:03:28.571Z', '2021-05-11T21:03:28.571Z'],
    ['2021-05-11T21:03:28.571+00:00', '2021-05-11T21:03:28.571Z'],
    ['2021-05-11T21:03:28.571-00:00', '2021-05-11T21:03:28.571Z'],
    ['2021-05-12T02:33:28.571+05:30', '2021-05-11T21:03:28.571Z'],
    ['2021-05-12T02:33:28.571+0530', '2021-05-11T21:03:28.571Z'],
    ['2021-05-11T17:33:28.571-03:30', '2021-05-11T21:03:28.571Z'],
    // EventBridge's envelope `time` has no fraction.
    ['2019-10-02T17:04:40Z', '2019-10-02T17:04:40.000Z'],
    ['2019-10-02T17:04:40.5Z', '2019-10-02T17:04:40.500Z'],
    // Past milliseconds the digits are cut, never rounded up into the next millisecond.
    ['2019-10-02T17:04:40.123999Z', '2019-10-02T17:04:40.123Z'],
    ['2019-10-02t17:04:40z', '2019-10-02T17:04:40.000Z'],
    ['2021-01-01T00:30:00+01:00', '2020-12-31T23:30:00.000Z'],
    ['2020-02-29T12:00:00Z', '2020-02-29T12:00:00.000Z'],
    ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['0099-06-15T00:00:00Z', '0099-06-15T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseAlarmTimestamp(input)).toBe(expected);
  });

  it.each([
    ['2021-02-30T10:00:00.000+0000', 'a day February does not have'],
    ['2021-02-29T10:00:00Z', 'February 29 outside a leap year'],
    ['1900-02-29T10:00:00Z', 'February 29 of a century that is no leap year'],
    ['2021-04-31T10:00:00Z', 'April 31'],
    ['2021-13-01T10:00:00Z', 'month 13'],
    ['2021-00-10T10:00:00Z', 'month 0'],
    ['2021-01-00T10:00:00Z', 'day 0'],
    ['2021-01-01T24:00:00Z', 'hour 24'],
    ['2021-01-01T23:60:00Z', 'minute 60'],
    ['2016-12-31T23:59:60Z', 'a leap second'],
    ['2021-01-01T10:00:00', 'no zone, which new Date() would read as local time'],
    ['2021-01-01T10:00Z', 'no seconds'],
    ['2021-01-01 10:00:00Z', 'a space for T'],
    ['2021-01-01T10:00:00+5:30', 'a one-digit offset hour'],
    ['2021-01-01T10:00:00+05:3', 'a three-digit offset'],
    ['2021-01-01T10:00:00+05', 'an hour-only offset'],
    ['2021-01-01T10:00:00+24:00', 'an offset of 24 hours'],
    ['2021-01-01T10:00:00+05:60', 'an offset minute of 60'],
    ['2021-01-01T10:00:00.Z', 'a dot with no fraction'],
    ['2021-01-01', 'a date alone'],
    [' 2021-01-01T10:00:00Z', 'leading space'],
    ['0000-01-01T00:00:00+00:01', 'an instant before year 0000'],
    ['9999-12-31T23:59:59-00:01', 'an instant after year 9999'],
    ['Tue, 11 May 2021 21:03:28 GMT', 'an RFC 2822 date'],
  ])('rejects %s (%s)', (input) => {
    expect(parseAlarmTimestamp(input)).toBeUndefined();
  });
});
