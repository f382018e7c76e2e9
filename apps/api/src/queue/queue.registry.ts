/**
 * Every BullMQ queue, its job names and their payloads. Processors and producers are typed by this
 * map, so a job name or payload that does not exist is a compile error.
 */
export const QueueName = {
  Maintenance: 'maintenance',
  Detections: 'detections',
  Reminders: 'reminders',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

export interface JobPayloads {
  [QueueName.Maintenance]: {
    /** Re-derives from Postgres whatever is due and not done (DESIGN.md principle 1). */
    sweep: { requestedAt?: string };
  };
  [QueueName.Detections]: {
    /** New audit events arrived: read them past each source's detection cursor. */
    evaluate: Record<string, never>;
  };
  [QueueName.Reminders]: {
    /** An obligation reminder row is due; the processor re-reads it and sends it at most once. */
    deliver: { reminderId: string };
  };
}

/** One pending evaluation at a time: BullMQ ignores an add whose id is already waiting. */
export const EVALUATE_JOB_ID = 'evaluate-pending';

export type JobName<Q extends QueueName> = keyof JobPayloads[Q] & string;
export type JobPayload<Q extends QueueName, N extends JobName<Q>> = JobPayloads[Q][N];

export const SWEEP_SCHEDULER_ID = 'sweeper';
