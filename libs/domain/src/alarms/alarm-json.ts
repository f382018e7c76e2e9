import { ALARM_STATES, type AlarmState } from './alarm-change.js';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export const isAlarmState = (value: unknown): value is AlarmState =>
  typeof value === 'string' && (ALARM_STATES as readonly string[]).includes(value);

export const parseJson = (value: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(value) as unknown };
  } catch {
    return { ok: false };
  }
};

/** CloudWatch's reason data is a JSON string; anything that is not JSON is dropped, not guessed at. */
export const reasonDataOf = (value: unknown): unknown => {
  if (isObject(value) || Array.isArray(value)) return value;
  if (typeof value !== 'string') return null;
  const parsed = parseJson(value);
  return parsed.ok && (isObject(parsed.value) || Array.isArray(parsed.value)) ? parsed.value : null;
};
