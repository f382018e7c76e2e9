import { pick } from '../../i18n';
import { messages } from './messages';

// The company's objectives when a service names none (domain spec §6): 48 h and 24 h.
export { DEFAULT_RPO_HOURS, DEFAULT_RTO_HOURS } from '@vigil/domain';

/**
 * 45 → "45 min", 90 → "1 h 30 min", 1800 → "30 h", 4380 → "73 h": always hours past one, never
 * days, so a result reads against objectives written in hours (48 h, 24 h) without conversion.
 */
export const formatRecoveryMinutes = (minutes: number): string => {
  const whole = Math.round(Math.abs(minutes));
  const sign = minutes < 0 && whole > 0 ? '−' : '';
  if (whole < 60) return `${sign}${whole} min`;
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return `${sign}${hours} h${rest ? ` ${rest} min` : ''}`;
};

/** An objective in hours, as the API stores it: 48 → "48 h", 0.25 → "15 min", 1.5 → "1 h 30 min". */
export const formatObjectiveHours = (hours: number): string => formatRecoveryMinutes(hours * 60);

/** Minutes as decimal hours for a chart axis: 90 → 1.5. */
export const minutesToHours = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;

export type ObjectiveOutcome = 'met' | 'missed' | 'not_measured';

/** The API's `rtoMet` / `rpoMet`: null when the drill did not measure it (a tabletop exercise). */
export const outcomeOf = (met: boolean | null): ObjectiveOutcome =>
  met === null ? 'not_measured' : met ? 'met' : 'missed';

/** "30 h against 48 h: met", for a caption, a tooltip or an accessible name. */
export const againstObjectiveText = (
  achievedMinutes: number | null,
  objectiveHours: number,
  met: boolean | null,
): string => {
  const t = pick(messages).recovery;
  const objective = formatObjectiveHours(objectiveHours);
  if (achievedMinutes === null) return t.notMeasured(objective);
  // At the objective exactly is still within it: the RTO is the maximum acceptable delay.
  const within = met ?? achievedMinutes <= objectiveHours * 60;
  return t.against(formatRecoveryMinutes(achievedMinutes), objective, within);
};
