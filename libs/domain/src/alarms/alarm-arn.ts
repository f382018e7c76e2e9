export interface AlarmArnParts {
  partition: string;
  region: string;
  accountId: string;
  alarmName: string;
}

// arn:<partition>:cloudwatch:<region>:<account>:alarm:<name>; the name may itself hold colons.
const ALARM_ARN = /^arn:([^:]+):cloudwatch:([^:]+):([^:]+):alarm:(.+)$/;
const TOPIC_ARN = /^arn:([^:]+):sns:([^:]+):([^:]+):[^:]+$/;

export const parseAlarmArn = (arn: string): AlarmArnParts | undefined => {
  const match = ALARM_ARN.exec(arn);
  if (!match) return undefined;
  return { partition: match[1], region: match[2], accountId: match[3], alarmName: match[4] };
};

export const buildAlarmArn = ({ partition, region, accountId, alarmName }: AlarmArnParts): string =>
  `arn:${partition}:cloudwatch:${region}:${accountId}:alarm:${alarmName}`;

/** Partition and region of an SNS topic ARN; undefined for anything else (`arn:aws:sns:EXAMPLE`). */
export const parseTopicArn = (arn: string): { partition: string; region: string } | undefined => {
  const match = TOPIC_ARN.exec(arn);
  return match ? { partition: match[1], region: match[2] } : undefined;
};
