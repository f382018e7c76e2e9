import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

/** The fields of the published EventBridge alarm event the browser specs rewrite. */
export interface EventBridgeAlarmEvent {
  id: string;
  time: string;
  resources: string[];
  detail: {
    alarmName: string;
    configuration: { description: string; metrics: { metricStat: { metric: object } }[] };
    previousState: { value: string; timestamp: string };
    state: { value: string; timestamp: string; reason: string };
  };
}

/** A fresh copy of CloudWatch's own "OK → ALARM" event as EventBridge delivers it (shared/fixtures). */
export const eventBridgeAlarmFixture = (): EventBridgeAlarmEvent =>
  JSON.parse(
    readFileSync(
      join(
        repoRoot,
        '..',
        'shared',
        'fixtures',
        'eventbridge',
        'aws-cloudwatch-docs_01_state-change-single-metric-ok-to-alarm.json',
      ),
      'utf8',
    ),
  ) as EventBridgeAlarmEvent;
