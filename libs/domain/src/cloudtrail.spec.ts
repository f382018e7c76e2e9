import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AUDIT_METADATA_MAX_BYTES,
  auditEventInputSchema,
  type AuditEventInput,
} from '@vigil/contracts';
import {
  CLOUDTRAIL_METADATA_MAX_BYTES,
  mapCloudTrailRecord,
  type CloudTrailMapping,
} from './cloudtrail.js';

const fixtureDir = path.resolve(__dirname, '../../../../shared/fixtures/cloudtrail');

type Json = Record<string, unknown>;

const isJsonObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A fixture file is one record, a `{"Records":[…]}` log file, a JSON array, or NDJSON. */
const readRecords = (file: string): Json[] => {
  const content = readFileSync(path.join(fixtureDir, file), 'utf8');
  const parsed: unknown[] = file.endsWith('.ndjson')
    ? content
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line): unknown => JSON.parse(line))
    : [JSON.parse(content)];
  const records = parsed.flatMap((value): unknown[] => {
    if (Array.isArray(value)) return value;
    if (isJsonObject(value) && Array.isArray(value.Records)) return value.Records;
    return [value];
  });
  return records.filter(isJsonObject);
};

const fixtures = readdirSync(fixtureDir)
  .filter((file) => file.endsWith('.json') || file.endsWith('.ndjson'))
  .sort()
  .flatMap((file) => readRecords(file).map((record, index) => ({ file, index, record })));

const fixture = (file: string, eventName?: string): Json => {
  const found = readRecords(file).find(
    (record) => eventName === undefined || record.eventName === eventName,
  );
  if (!found) throw new Error(`no ${eventName ?? 'record'} in ${file}`);
  return found;
};

const mapped = (record: unknown): AuditEventInput => {
  const result = mapCloudTrailRecord(record);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.errors)}`);
  return result.event;
};

const errorPaths = (result: CloudTrailMapping): string[] =>
  result.ok ? [] : result.errors.map((error) => error.path);

const aRecord = (overrides: Json = {}): Json => ({
  eventVersion: '1.08',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAEXAMPLE',
    arn: 'arn:aws:iam::123456789012:user/Alice',
    accountId: '123456789012',
    userName: 'Alice',
  },
  eventTime: '2026-11-20T14:03:11Z',
  eventSource: 'iam.amazonaws.com',
  eventName: 'ListUsers',
  awsRegion: 'ca-central-1',
  sourceIPAddress: '203.0.113.9',
  userAgent: 'aws-cli/2.15.0',
  requestParameters: null,
  responseElements: null,
  eventID: '4a1c2b9e-0000-4000-8000-000000000001',
  readOnly: true,
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '123456789012',
  ...overrides,
});

describe('mapCloudTrailRecord over the published fixtures', () => {
  it.each(fixtures.map((entry) => [`${entry.file} #${entry.index}`, entry] as const))(
    '%s maps to a valid event, or is rejected only for a missing eventID or eventTime',
    (_name, { record }) => {
      const result = mapCloudTrailRecord(record);
      const incomplete = record.eventID === undefined || record.eventTime === undefined;
      expect(result.ok).toBe(!incomplete);
      if (result.ok) {
        expect(auditEventInputSchema.safeParse(result.event).error).toBeUndefined();
        expect(result.event.metadata?.raw).toBe(record);
      } else {
        const expected = [
          ...(record.eventID === undefined ? ['eventID'] : []),
          ...(record.eventTime === undefined ? ['eventTime'] : []),
        ];
        expect(errorPaths(result)).toEqual(expected);
      }
    },
  );

  it('accepts 59 records and rejects 5 without eventID and 103 without eventTime', () => {
    const results = fixtures.map(({ record }) => mapCloudTrailRecord(record));
    const rejectedAt = (field: string) =>
      results.filter((result) => errorPaths(result).includes(field)).length;
    expect(fixtures).toHaveLength(167);
    expect(results.filter((result) => result.ok)).toHaveLength(59);
    expect(rejectedAt('eventID')).toBe(5);
    expect(rejectedAt('eventTime')).toBe(103);
  });
});

describe('mapCloudTrailRecord on specific published records', () => {
  const createUser = fixture('aws-cloudtrail-docs_logfile_iam-createuser.json');

  it('rejects the 2014 CreateUser log entry, which has no eventID', () => {
    expect(mapCloudTrailRecord(createUser)).toEqual({
      ok: false,
      errors: [
        {
          path: 'eventID',
          message: 'required: CloudTrail records without eventID cannot be deduplicated',
        },
      ],
    });
  });

  it.each<[string, Json, Partial<AuditEventInput>]>([
    [
      'IAM CreateUser (given an eventID)',
      { ...createUser, eventID: 'docs-createuser' },
      {
        id: 'docs-createuser',
        occurredAt: '2014-03-24T21:11:59.000Z',
        action: 'aws.iam.createuser',
        category: 'admin',
        outcome: 'success',
        actor: {
          type: 'user',
          id: 'arn:aws:iam::123456789012:user/Alice',
          role: 'IAMUser',
        },
        ip: '127.0.0.1',
      },
    ],
    [
      'CloudTrail UpdateTrail error',
      fixture('aws-cloudtrail-docs_logfile_cloudtrail-updatetrail-error.json'),
      {
        action: 'aws.cloudtrail.updatetrail',
        category: 'admin',
        outcome: 'failure',
        ip: '205.251.233.182',
        userAgent: 'aws-cli/1.10.32 Python/2.7.9 Windows/7 botocore/1.4.22',
        metadata: expect.objectContaining({
          awsRegion: 'us-east-2',
          eventType: 'AwsApiCall',
          errorCode: 'TrailNotFoundException',
          errorMessage: 'Unknown trail: myTrail2 for the user: 123456789012',
          recipientAccountId: '123456789012',
        }) as AuditEventInput['metadata'],
      },
    ],
    [
      'root ConsoleLogin failure',
      fixture('aws-cloudtrail-docs_signin_08_root-consolelogin-failure.json'),
      {
        action: 'aws.signin.consolelogin',
        category: 'access',
        outcome: 'failure',
        actor: { type: 'user', id: 'arn:aws:iam::111122223333:root', role: 'Root' },
        ip: '192.0.2.0',
      },
    ],
    [
      'IAM user ConsoleLogin success with MFA',
      fixture('aws-cloudtrail-docs_signin_02_iam-user-consolelogin-success-mfa.json'),
      {
        action: 'aws.signin.consolelogin',
        category: 'access',
        outcome: 'success',
        actor: { type: 'user', id: 'arn:aws:iam::111122223333:user/anaya', role: 'IAMUser' },
      },
    ],
    [
      'CheckMfa during sign-in',
      fixture('aws-cloudtrail-docs_signin_04_iam-user-checkmfa-single-device.json'),
      { action: 'aws.signin.checkmfa', category: 'access', outcome: 'success' },
    ],
    [
      'ConsoleLogin failure with an unknown user name',
      fixture('aws-iam-docs_signin-consolelogin-failure-unknown-user.json'),
      {
        action: 'aws.signin.consolelogin',
        category: 'access',
        outcome: 'failure',
        // HIDDEN_DUE_TO_SECURITY_REASONS is the user name; the account is the best id there is
        actor: { type: 'user', id: '123456789012', role: 'IAMUser' },
      },
    ],
    [
      'KMS RotateKey service event',
      fixture('aws-cloudtrail-docs_service-event_kms-rotatekey.json'),
      {
        action: 'aws.kms.rotatekey',
        category: 'admin',
        outcome: 'success',
        actor: { type: 'service', id: '123456789012' },
        target: {
          type: 'AWS::KMS::Key',
          id: 'arn:aws:kms:us-east-2:123456789012:key/7944f0ec-EXAMPLE',
        },
      },
    ],
    [
      'S3 on Outposts PutObject data event',
      fixture('aws-s3-docs_s3-putobject-data-event.json'),
      {
        action: 'aws.s3-outposts.putobject',
        category: 'data',
        outcome: 'success',
        ip: '26.29.66.20',
        target: {
          type: 'AWS::S3Outposts::Object',
          id: 'arn:aws:s3-outposts:us-east-1:YYY:outpost/op-01ac5d28a6a232904/bucket/path/upload.sh',
        },
      },
    ],
    [
      'read-only Secrets Manager call',
      fixture(
        'stratus-red-team_aws.credential-access.secretsmanager-batch-retrieve-secrets.json',
        'BatchGetSecretValue',
      ),
      { action: 'aws.secretsmanager.batchgetsecretvalue', category: 'access', outcome: 'success' },
    ],
    [
      'AssumeRole by an assumed role (role chaining)',
      fixture('aws-iam-docs_sts-assumerole-role-chaining-session-tags.json'),
      {
        action: 'aws.sts.assumerole',
        category: 'admin',
        actor: {
          type: 'user',
          id: 'arn:aws:sts::111111111111:assumed-role/JohnDoe/JohnRole1',
          role: 'AssumedRole',
        },
        target: { type: 'AWS::IAM::Role', id: 'arn:aws:iam::111111111111:role/JohnRole2' },
        ip: '123.145.67.89',
      },
    ],
    [
      'AssumeRole as logged in the role-owning account',
      fixture('aws-iam-docs_sts-assumerole-cross-account-role-owner-side.json'),
      { actor: { type: 'service', id: 'AIDAQRSTUVWXYZEXAMPLE', role: 'AWSAccount' } },
    ],
    [
      'CloudTrail Insights start event',
      fixture('aws-cloudtrail-docs_record_insights-start-event.json'),
      {
        action: 'aws.cloudtrail.awscloudtrailinsight',
        category: 'system',
        outcome: 'unknown',
        actor: { type: 'system' },
      },
    ],
    [
      'Organizations LeaveOrganization denied',
      fixture('stratus-red-team_aws.defense-evasion.organizations-leave.json', 'LeaveOrganization'),
      {
        action: 'aws.organizations.leaveorganization',
        category: 'admin',
        outcome: 'failure',
        metadata: expect.objectContaining({
          errorCode: 'AccessDenied',
        }) as AuditEventInput['metadata'],
      },
    ],
    [
      'GetCallerIdentity as a federated user',
      fixture('stratus-red-team_aws.persistence.sts-federation-token.json', 'GetCallerIdentity'),
      {
        action: 'aws.sts.getcalleridentity',
        category: 'access',
        actor: {
          type: 'user',
          id: 'arn:aws:sts::742491224508:federated-user/stratus_red_team',
          role: 'FederatedUser',
        },
      },
    ],
  ])('%s', (_name, record, expected) => {
    expect(mapped(record)).toMatchObject(expected);
  });

  it.each([
    [
      'KMS RotateKey (sourceIPAddress "AWS Internal")',
      'aws-cloudtrail-docs_service-event_kms-rotatekey.json',
    ],
    [
      'GetUserPolicy (sourceIPAddress "signin.amazonaws.com")',
      'aws-iam-docs_iam-getuserpolicy.json',
    ],
    [
      'Stratus CreateUser (anonymised "075.050.255.67")',
      'stratus-red-team_aws.persistence.iam-create-admin-user.json',
    ],
  ])('leaves ip out for %s', (_name, file) => {
    expect(mapped(fixture(file))).not.toHaveProperty('ip');
  });

  it('keeps the original record, unchanged, in metadata.raw', () => {
    const record = fixture('aws-iam-docs_sts-assumerole-role-chaining-session-tags.json');
    const before = structuredClone(record);
    const event = mapped(record);
    expect(event.metadata?.raw).toEqual(before);
    expect(record).toEqual(before);
  });

  it('leaves target out when the record names no resources', () => {
    expect(
      mapped(fixture('aws-cloudtrail-docs_signin_06_root-consolelogin-success-no-mfa.json')),
    ).not.toHaveProperty('target');
  });
});

describe('mapCloudTrailRecord edge cases', () => {
  it.each([null, 'ConsoleLogin', 42, [aRecord()], undefined])('rejects %p as a record', (value) => {
    expect(mapCloudTrailRecord(value)).toEqual({
      ok: false,
      errors: [{ path: '(record)', message: 'expected a JSON object' }],
    });
  });

  it('reports every problem of a record at once', () => {
    const record = aRecord({ eventID: '', eventTime: undefined });
    expect(errorPaths(mapCloudTrailRecord(record))).toEqual(['eventID', 'eventTime']);
  });

  it.each([
    ['an eventID of 129 characters', { eventID: 'e'.repeat(129) }, 'eventID'],
    ['a numeric eventID', { eventID: 7 }, 'eventID'],
    ['eventTime garbage', { eventTime: 'yesterday' }, 'eventTime'],
    ['an eventTime without a time zone', { eventTime: '2026-11-20T10:00:00' }, 'eventTime'],
    ['an eventTime on 30 February', { eventTime: '2026-02-30T10:00:00Z' }, 'eventTime'],
    ['an eventTime at 24:00', { eventTime: '2026-11-20T24:00:00Z' }, 'eventTime'],
    ['an epoch-millisecond eventTime', { eventTime: 1_763_647_200_000 }, 'eventTime'],
  ])('rejects %s', (_name, overrides, field) => {
    expect(errorPaths(mapCloudTrailRecord(aRecord(overrides)))).toEqual([field]);
  });

  it.each([
    ['2026-11-20T10:00:00+02:00', '2026-11-20T08:00:00.000Z'],
    ['2026-11-20T10:00:00-05:30', '2026-11-20T15:30:00.000Z'],
    ['2015-06-03T17:43:27.123+0000', '2015-06-03T17:43:27.123Z'],
    ['2026-11-20T10:00:00.1234567Z', '2026-11-20T10:00:00.123Z'],
    ['2026-11-20T10:00Z', '2026-11-20T10:00:00.000Z'],
    ['2024-02-29T23:59:59Z', '2024-02-29T23:59:59.000Z'],
    ['2026-12-31T23:30:00-01:00', '2027-01-01T00:30:00.000Z'],
  ])('normalises eventTime %s to %s', (eventTime, occurredAt) => {
    expect(mapped(aRecord({ eventTime })).occurredAt).toBe(occurredAt);
  });

  it('rejects a record too large for metadata at metadata.raw', () => {
    const record = aRecord({ requestParameters: { policyDocument: 'x'.repeat(16 * 1024) } });
    expect(mapCloudTrailRecord(record)).toEqual({
      ok: false,
      errors: [
        {
          path: 'metadata.raw',
          message: expect.stringMatching(/^record too large: \d+ bytes serialised, at most 16384$/),
        },
      ],
    });
  });

  it('accepts a record just under the metadata limit', () => {
    const record = aRecord({ requestParameters: { policyDocument: 'x'.repeat(15 * 1024) } });
    expect(auditEventInputSchema.safeParse(mapped(record)).success).toBe(true);
  });

  it.each([
    ['2001:db8::1', true],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', true],
    ['::ffff:192.0.2.1', true],
    ['::1', true],
    ['::', true],
    ['fe80::1%eth0', false],
    ['1::2::3', false],
    ['1:2:3:4:5:6:7:8:9', false],
    [':1:2:3:4:5:6:7', false],
    ['12345::1', false],
    ['::ffff:192.0.2.01', false],
    ['203.0.113.9', true],
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['256.1.1.1', false],
    ['075.050.255.67', false],
    ['1.2.3', false],
    ['AWS Internal', false],
    ['ec2.amazonaws.com', false],
    [' 203.0.113.9', false],
  ])('sourceIPAddress %p is kept as ip: %p, as the contract would judge it', (address, kept) => {
    const event = mapped(aRecord({ sourceIPAddress: address }));
    expect(event.ip).toBe(kept ? address : undefined);
    expect(auditEventInputSchema.shape.ip.safeParse(address).success).toBe(kept);
  });

  it('truncates userAgent to 1024 characters without splitting a surrogate pair', () => {
    expect(mapped(aRecord({ userAgent: 'a'.repeat(2000) })).userAgent).toHaveLength(1024);
    expect(mapped(aRecord({ userAgent: `${'a'.repeat(1023)}😀tail` })).userAgent).toBe(
      'a'.repeat(1023),
    );
  });

  it.each<[string, Json, string]>([
    ['a missing eventSource', { eventSource: undefined }, 'aws.unknown.listusers'],
    [
      'a non-AWS event source',
      { eventSource: 'partner.example.com' },
      'aws.partner_example_com.listusers',
    ],
    ['odd characters in eventName', { eventName: 'Get Thing/V2*' }, 'aws.iam.get_thing_v2_'],
    ['no eventName: the eventType', { eventName: undefined }, 'aws.iam.awsapicall'],
    [
      'neither eventName nor eventType',
      { eventName: undefined, eventType: undefined },
      'aws.iam.unknown',
    ],
  ])('builds the action from %s', (_name, overrides, action) => {
    expect(mapped(aRecord(overrides)).action).toBe(action);
  });

  it.each<[string, Json, AuditEventInput['category']]>([
    ['managementEvent: false', { managementEvent: false }, 'data'],
    ['eventCategory: Data', { eventCategory: 'Data', readOnly: false }, 'data'],
    ['readOnly: true', { readOnly: true }, 'access'],
    ['readOnly: false', { readOnly: false }, 'admin'],
    ['no readOnly', { readOnly: undefined }, 'admin'],
    [
      'a sign-in service event',
      { eventSource: 'signin.amazonaws.com', eventName: 'SwitchRole', readOnly: false },
      'access',
    ],
  ])('puts %s in category %s', (_name, overrides, category) => {
    expect(mapped(aRecord(overrides)).category).toBe(category);
  });

  it.each<[string, Json, AuditEventInput['outcome']]>([
    ['an errorCode', { errorCode: 'AccessDenied' }, 'failure'],
    ['ConsoleLogin: Failure', { responseElements: { ConsoleLogin: 'Failure' } }, 'failure'],
    [
      'a sign-in CheckMfa failure',
      {
        eventSource: 'signin.amazonaws.com',
        eventName: 'CheckMfa',
        responseElements: { CheckMfa: 'Failure' },
      },
      'failure',
    ],
    [
      'a sign-in credential check failure',
      {
        eventSource: 'signin.amazonaws.com',
        serviceEventDetails: { CredentialVerification: 'Failure' },
      },
      'failure',
    ],
    ['"Failure" in a non-sign-in response', { responseElements: { status: 'Failure' } }, 'success'],
    ['no error', {}, 'success'],
  ])('reads %s as %s', (_name, overrides, outcome) => {
    expect(mapped(aRecord(overrides)).outcome).toBe(outcome);
  });

  it.each<[string, unknown, AuditEventInput['actor']]>([
    ['no userIdentity', undefined, { type: 'system' }],
    [
      'an AWS service',
      { type: 'AWSService', invokedBy: 'ec2.amazonaws.com' },
      { type: 'service', id: 'ec2.amazonaws.com', role: 'AWSService' },
    ],
    [
      'an e-mail user name',
      { type: 'IdentityCenterUser', principalId: 'p-1', userName: 'alice@example.com' },
      { type: 'user', id: 'p-1', email: 'alice@example.com', role: 'IdentityCenterUser' },
    ],
    [
      "the session issuer's e-mail user name",
      {
        type: 'AssumedRole',
        arn: 'arn:aws:sts::123456789012:assumed-role/Ops/s1',
        sessionContext: { sessionIssuer: { userName: 'ops@example.com' } },
      },
      {
        type: 'user',
        id: 'arn:aws:sts::123456789012:assumed-role/Ops/s1',
        email: 'ops@example.com',
        role: 'AssumedRole',
      },
    ],
    [
      'an unknown, human-looking type',
      { type: 'Unknown', principalId: 'someone' },
      { type: 'user', id: 'someone', role: 'Unknown' },
    ],
    [
      'only the hidden user sentinel',
      { type: 'IAMUser', principalId: 'HIDDEN_DUE_TO_SECURITY_REASONS' },
      { type: 'user', id: 'HIDDEN_DUE_TO_SECURITY_REASONS', role: 'IAMUser' },
    ],
    [
      'the hidden sentinel beside a real id',
      { type: 'IAMUser', principalId: 'HIDDEN_DUE_TO_SECURITY_REASONS', accountId: '123456789012' },
      { type: 'user', id: '123456789012', role: 'IAMUser' },
    ],
  ])('maps an actor with %s', (_name, userIdentity, actor) => {
    expect(mapped(aRecord({ userIdentity })).actor).toEqual(actor);
  });

  it('falls back to ARNPrefix for a resource without an ARN', () => {
    const resources = [{ ARNPrefix: 'arn:aws:s3:::bucket/', type: 'AWS::S3::Object' }];
    expect(mapped(aRecord({ resources })).target).toEqual({
      type: 'AWS::S3::Object',
      id: 'arn:aws:s3:::bucket/',
    });
    expect(mapped(aRecord({ resources: [{ ARN: 'arn:aws:sns:x' }] })).target).toEqual({
      type: 'aws',
      id: 'arn:aws:sns:x',
    });
  });

  it('leaves optional fields absent rather than undefined', () => {
    const event = mapped(
      aRecord({ userIdentity: undefined, sourceIPAddress: undefined, userAgent: undefined }),
    );
    expect(Object.keys(event).sort()).toEqual(
      ['action', 'actor', 'category', 'id', 'metadata', 'occurredAt', 'outcome'].sort(),
    );
    expect(Object.keys(event.metadata ?? {}).sort()).toEqual(
      ['awsRegion', 'eventType', 'raw', 'recipientAccountId'].sort(),
    );
  });
});

describe('CLOUDTRAIL_METADATA_MAX_BYTES', () => {
  it('is the limit the ingest contract enforces', () => {
    expect(CLOUDTRAIL_METADATA_MAX_BYTES).toBe(AUDIT_METADATA_MAX_BYTES);
  });
});
