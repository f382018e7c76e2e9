import type { Alert } from '@vigil/contracts';

// Wire shapes of the alert endpoints that @vigil/contracts does not describe yet. They mirror
// apps/api's alerts.service.ts (`get`); move them to contracts when it has them.

export type AlertSource = Alert['source'];
export type AlertStatus = Alert['status'];
export type Severity = Alert['severity'];

/** What happened to an alert, oldest first: opened, fired, reopened, acknowledged, … */
export interface AlertActivity {
  kind: string;
  at: string;
  /** The person who did it; null for the source or a rule. */
  actorId: string | null;
  note: string | null;
}

/** `GET /alerts/{id}`, and the answer of every action on one. */
export interface AlertDetail extends Alert {
  activity: AlertActivity[];
}
