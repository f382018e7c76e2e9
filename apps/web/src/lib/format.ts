const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  // 24-hour clock: "03:00" cannot be misread the way "3:00 AM" can in a hurry.
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** Clock time with its zone, e.g. "14:03:12 UTC": a responder compares it with other tools' logs. */
export const formatClockTime = (at: Date | number): string => timeFormat.format(at);
