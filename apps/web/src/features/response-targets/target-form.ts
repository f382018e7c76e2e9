import {
  RESPONSE_TARGET_KINDS,
  type ResponseTarget,
  type ResponseTargetKind,
  type SeverityLevel,
} from '@vigil/contracts';
import { formatMinutes } from '@vigil/domain';
import { pick } from '../../i18n';
import type { FieldErrors } from '../../lib/form-errors';
import { targetFormMessages as messages } from './messages';

export const DURATION_UNITS = [
  { value: 'min', minutes: 1 },
  { value: 'h', minutes: 60 },
  { value: 'd', minutes: 24 * 60 },
] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number]['value'];

/** "minutes", "hours", "days": a unit as the duration field's menu names it. */
export const durationUnitLabel = (unit: DurationUnit): string => pick(messages).units[unit];

/** `formatMinutes` in the active language: "15 min", "4 h", "1 d" / "1 j". */
export const formatTargetMinutes = (minutes: number): string => {
  const text = formatMinutes(minutes);
  return text.endsWith(' d') ? `${text.slice(0, -1)}${pick(messages).dayUnit}` : text;
};

/** A duration as typed: a number and its unit. */
export interface DurationDraft {
  amount: string;
  unit: DurationUnit;
}

/** The API's ceiling (`libs/contracts` `targetMinutes`). */
const MAX_MINUTES = 365 * 24 * 60;

const unitMinutes = (unit: DurationUnit) =>
  DURATION_UNITS.find((u) => u.value === unit)?.minutes ?? 1;

/** 90 → 90 minutes, 240 → 4 hours, 1440 → 1 day: the largest unit that keeps it whole. */
export const durationDraftOf = (minutes: number): DurationDraft => {
  const unit = DURATION_UNITS.toReversed().find((u) => minutes % u.minutes === 0);
  return unit
    ? { amount: String(minutes / unit.minutes), unit: unit.value }
    : { amount: String(minutes), unit: 'min' };
};

export type ParsedDuration = { ok: true; minutes: number } | { ok: false; error: string };

/** "1.5" hours → 90 minutes; a comma works as the decimal mark too. */
export const parseDuration = ({ amount, unit }: DurationDraft): ParsedDuration => {
  const t = pick(messages);
  const text = amount.trim().replace(',', '.');
  if (!text) return { ok: false, error: t.enterDuration };
  if (!/^\d*\.?\d+$/.test(text)) return { ok: false, error: t.notANumber };
  const exact = Number(text) * unitMinutes(unit);
  const minutes = Math.round(exact);
  // 0.1 h is 6.000000000000001 minutes in floating point: that is still 6.
  if (Math.abs(exact - minutes) > 1e-6) {
    return { ok: false, error: t.wholeMinutes(+exact.toFixed(2)) };
  }
  if (minutes < 1) return { ok: false, error: t.atLeastOneMinute };
  if (minutes > MAX_MINUTES) return { ok: false, error: t.atMost365Days };
  return { ok: true, minutes };
};

export const MINUTES_FIELD = {
  acknowledge: 'acknowledgeMinutes',
  contain: 'containMinutes',
  resolve: 'resolveMinutes',
} as const satisfies Record<ResponseTargetKind, keyof ResponseTarget>;

export type TargetRowDraft = { severity: SeverityLevel } & Record<
  ResponseTargetKind,
  DurationDraft
>;

export const targetsDraftOf = (items: readonly ResponseTarget[]): TargetRowDraft[] =>
  items.map((t) => ({
    severity: t.severity,
    acknowledge: durationDraftOf(t.acknowledgeMinutes),
    contain: durationDraftOf(t.containMinutes),
    resolve: durationDraftOf(t.resolveMinutes),
  }));

/** Where a field's message goes: `SEV1.acknowledge`. */
export const fieldKey = (severity: SeverityLevel, kind: ResponseTargetKind) =>
  `${severity}.${kind}`;

export type TargetsResult =
  { ok: true; items: ResponseTarget[] } | { ok: false; errors: FieldErrors };

/**
 * The rows of `PUT /response-targets`: only those that differ from `saved`, since each row sent
 * is stored as customised and stops following the defaults. Every clock runs from detection, so
 * an incident cannot be contained sooner than acknowledged, nor resolved sooner than contained.
 */
export const toTargetsBody = (
  draft: readonly TargetRowDraft[],
  saved: readonly ResponseTarget[],
): TargetsResult => {
  const t = pick(messages);
  const errors: FieldErrors = {};
  const items: ResponseTarget[] = [];
  for (const row of draft) {
    const minutes: Partial<Record<ResponseTargetKind, number>> = {};
    for (const kind of RESPONSE_TARGET_KINDS) {
      const parsed = parseDuration(row[kind]);
      if (parsed.ok) minutes[kind] = parsed.minutes;
      else errors[fieldKey(row.severity, kind)] = parsed.error;
    }
    const { acknowledge, contain, resolve } = minutes;
    if (acknowledge !== undefined && contain !== undefined && contain < acknowledge) {
      errors[fieldKey(row.severity, 'contain')] = t.atLeastAcknowledge(
        formatTargetMinutes(acknowledge),
      );
    }
    if (contain !== undefined && resolve !== undefined && resolve < contain) {
      errors[fieldKey(row.severity, 'resolve')] = t.atLeastContain(formatTargetMinutes(contain));
    }
    if (acknowledge === undefined || contain === undefined || resolve === undefined) continue;
    const target: ResponseTarget = {
      severity: row.severity,
      acknowledgeMinutes: acknowledge,
      containMinutes: contain,
      resolveMinutes: resolve,
    };
    const before = saved.find((t) => t.severity === row.severity);
    const changed =
      !before ||
      RESPONSE_TARGET_KINDS.some((k) => before[MINUTES_FIELD[k]] !== target[MINUTES_FIELD[k]]);
    if (changed) items.push(target);
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, items };
};
