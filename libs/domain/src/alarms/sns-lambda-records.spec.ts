import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSnsLambdaRecords } from './sns-lambda-records.js';

const fixture = (file: string): unknown =>
  JSON.parse(
    readFileSync(
      path.resolve(__dirname, '../../../../../shared/fixtures/sns-cloudwatch', file),
      'utf8',
    ),
  );

describe('parseSnsLambdaRecords', () => {
  it.each([
    [
      'aws-lambda-go_cloudwatch-alarm-sns-payload-single-metric.json',
      'arn:aws:sns:EXAMPLE',
      'TestInvoke',
      '2015-06-03T17:43:27.123Z',
    ],
    [
      'aws-lambda-go_cloudwatch-alarm-sns-payload-multiple-metrics.json',
      'arn:aws:sns:EXAMPLE',
      'TestInvoke',
      '2015-06-03T17:43:27.123Z',
    ],
    [
      'cloudwatch-slack-lambda_sns-cloudwatch-event.json',
      'arn:aws:sns:us-west-2:123456789123:CloudWatchNotifications',
      'ALARM: "awsrds-app-High-DB-Connections" in US West - Oregon',
      '2016-08-11T07:24:05.959Z',
    ],
    [
      'cloudwatch-slack-lambda_sns-event.json',
      'arn:aws:sns:eu-west-1:111111111111111:Sample-alert',
      'ALARM: "Sample Alert" in EU - Ireland',
      '2017-08-07T18:51:41.652Z',
    ],
    [
      'lambda-cloudwatch-slack_sns-cloudwatch-event.json',
      'arn:aws:sns:us-west-2:123456789123:CloudWatchNotifications',
      'ALARM: "awsrds-app-High-DB-Connections" in US West - Oregon',
      '2016-08-11T07:24:05.959Z',
    ],
  ])('%s holds one notification', (file, topicArn, subject, timestamp) => {
    const result = parseSnsLambdaRecords(fixture(file));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toHaveLength(1);
    const [envelope] = result.value;
    expect(envelope).toMatchObject({ type: 'Notification', topicArn, subject, timestamp });
    expect(envelope.message).toMatch(/^\{"AlarmName":/);
  });

  it('rejects an HTTP body, which has no Records', () => {
    expect(parseSnsLambdaRecords(fixture('alerta_http-s3-bucket-size-alarm.json'))).toEqual({
      ok: false,
      errors: [{ path: 'Records', message: 'expected {"Records": [...]}' }],
    });
  });

  it('names the record at fault', () => {
    const result = parseSnsLambdaRecords({
      Records: [
        { EventSource: 'aws:sns', Sns: { Type: 'Notification', Message: 'ok' } },
        { EventSource: 'aws:sqs', body: '{}' },
        { EventSource: 'aws:sns' },
        { Sns: { Message: { AlarmName: 'x' } } },
        'nonsense',
      ],
    });
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([
      'Records[1].EventSource',
      'Records[2].Sns',
      'Records[3].Sns.Message',
      'Records[4]',
    ]);
  });

  it('fills absent envelope fields with null', () => {
    expect(parseSnsLambdaRecords({ Records: [{ Sns: { Message: 'Hello world!' } }] })).toEqual({
      ok: true,
      value: [
        {
          type: null,
          messageId: null,
          topicArn: null,
          subject: null,
          message: 'Hello world!',
          timestamp: null,
        },
      ],
    });
  });
});
