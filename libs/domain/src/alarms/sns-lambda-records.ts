import type { AlarmParse, AlarmParseError } from './alarm-change.js';
import { isObject, text } from './alarm-json.js';

/** The parts of an SNS notification an alarm parser needs, whichever way it was delivered. */
export interface SnsEnvelope {
  type: string | null;
  messageId: string | null;
  topicArn: string | null;
  subject: string | null;
  message: string;
  timestamp: string | null;
}

/**
 * `Records[].Sns` of an SNS event as AWS Lambda receives it. Lambda spells the URL fields
 * `SigningCertUrl`/`UnsubscribeUrl`, unlike the HTTP body; neither is read here.
 */
export const parseSnsLambdaRecords = (event: unknown): AlarmParse<SnsEnvelope[]> => {
  if (!isObject(event) || !Array.isArray(event.Records))
    return { ok: false, errors: [{ path: 'Records', message: 'expected {"Records": [...]}' }] };

  const errors: AlarmParseError[] = [];
  const envelopes: SnsEnvelope[] = [];
  event.Records.forEach((record: unknown, index) => {
    const at = `Records[${index}]`;
    if (!isObject(record)) {
      errors.push({ path: at, message: 'expected an object' });
      return;
    }
    if (record.EventSource !== undefined && record.EventSource !== 'aws:sns') {
      errors.push({ path: `${at}.EventSource`, message: 'expected aws:sns' });
      return;
    }
    const sns = record.Sns;
    if (!isObject(sns)) {
      errors.push({ path: `${at}.Sns`, message: 'required' });
      return;
    }
    if (typeof sns.Message !== 'string') {
      errors.push({ path: `${at}.Sns.Message`, message: 'expected a string' });
      return;
    }
    envelopes.push({
      type: text(sns.Type) ?? null,
      messageId: text(sns.MessageId) ?? null,
      topicArn: text(sns.TopicArn) ?? null,
      subject: text(sns.Subject) ?? null,
      message: sns.Message,
      timestamp: text(sns.Timestamp) ?? null,
    });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: envelopes };
};
