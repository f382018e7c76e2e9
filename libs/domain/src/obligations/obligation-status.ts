import { instantMs } from './legal-time.js';

export type ObligationStatus = 'pending' | 'due_soon' | 'overdue' | 'met' | 'waived';

/** Due soon once less than this share of the window is left… */
export const DUE_SOON_SHARE = 0.25;
/** …or less than this many hours, whichever comes first. */
export const DUE_SOON_HOURS = 6;

export const REMINDER_FRACTIONS = [0.5, 0.75, 0.9, 1] as const;
export type ReminderFraction = (typeof REMINDER_FRACTIONS)[number];

/** How a reminder moment is named on its row and in its mail: "50%" … "100%". */
export const reminderLabel = (fraction: number): string => `${Math.round(fraction * 100)}%`;

const MS_PER_HOUR = 3_600_000;

const msOf = (value: Date | string, field: string) =>
  typeof value === 'string' ? instantMs(value, field) : value.getTime();

/** GDPR Art. 33(1): a notice later than 72 h must be "accompanied by reasons for the delay". */
export const gdprSaNeedsDelayReason = ({
  dueAt,
  sentAt,
}: {
  dueAt: string | null;
  sentAt: string;
}): boolean => dueAt !== null && instantMs(sentAt, 'sentAt') > instantMs(dueAt, 'dueAt');

/**
 * The status the API shows. The deadline is the legal/contractual `dueAt`, else the internal
 * `targetAt`; exactly at the deadline is still on time ("not later than"). Without `clockStartedAt`
 * only the 6-hour rule can make an obligation due soon.
 */
export const obligationStatus = ({
  dueAt,
  targetAt,
  metAt,
  waivedAt,
  clockStartedAt,
  now,
}: {
  dueAt: string | null;
  targetAt: string | null;
  metAt?: string | null;
  waivedAt?: string | null;
  clockStartedAt?: string | null;
  now: Date | string;
}): ObligationStatus => {
  if (metAt) return 'met';
  if (waivedAt) return 'waived';
  const deadline = dueAt ?? targetAt;
  if (deadline === null) return 'pending';
  const end = instantMs(deadline, dueAt === null ? 'targetAt' : 'dueAt');
  const left = end - msOf(now, 'now');
  if (left < 0) return 'overdue';
  const window = clockStartedAt ? end - instantMs(clockStartedAt, 'clockStartedAt') : 0;
  const threshold = Math.max(window * DUE_SOON_SHARE, DUE_SOON_HOURS * MS_PER_HOUR);
  return left < threshold ? 'due_soon' : 'pending';
};

/** Reminder instants at 50, 75, 90 and 100 % of the window to the due date (else the target). */
export const reminderMoments = ({
  clockStartedAt,
  dueAt,
  targetAt,
}: {
  clockStartedAt: string | null;
  dueAt?: string | null;
  targetAt?: string | null;
}): { fraction: ReminderFraction; at: string }[] => {
  const deadline = dueAt ?? targetAt ?? null;
  if (clockStartedAt === null || deadline === null) return [];
  const start = instantMs(clockStartedAt, 'clockStartedAt');
  const end = instantMs(deadline, dueAt ? 'dueAt' : 'targetAt');
  if (end <= start) return [{ fraction: 1, at: new Date(end).toISOString() }];
  return REMINDER_FRACTIONS.map((fraction) => ({
    fraction,
    at: new Date(start + Math.round((end - start) * fraction)).toISOString(),
  }));
};
