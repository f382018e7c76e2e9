import type { AuditEventInput } from '@vigil/contracts';

/**
 * The same limit as contracts' CLOUDTRAIL_METADATA_MAX_BYTES (cloudtrail.spec checks they agree). Kept
 * here so the browser bundle of any page using @vigil/domain does not pull every zod schema in.
 */
export const CLOUDTRAIL_METADATA_MAX_BYTES = 16 * 1024;

export type CloudTrailMapping =
  { ok: true; event: AuditEventInput } | { ok: false; errors: { path: string; message: string }[] };

type Json = Record<string, unknown>;
type Actor = AuditEventInput['actor'];

// AWS writes this sentinel instead of the user name when a console sign-in names no real user.
const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';
const SIGNIN_SOURCE = 'signin.amazonaws.com';
const INSIGHT_TYPE = 'AwsCloudTrailInsight';
const USER_TYPES = new Set([
  'Root',
  'IAMUser',
  'AssumedRole',
  'FederatedUser',
  'SAMLUser',
  'WebIdentityUser',
  'IdentityCenterUser',
]);
const SERVICE_TYPES = new Set(['AWSService', 'AWSAccount']);
const METADATA_FIELDS = [
  'awsRegion',
  'recipientAccountId',
  'eventType',
  'errorCode',
  'errorMessage',
] as const;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

const truncate = (value: string, max: number): string => {
  if (value.length <= max) return value;
  // Do not leave half of a surrogate pair at the cut.
  const end = /[\uD800-\uDBFF]/.test(value.charAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
};

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

/** ISO-8601 with a zone → `YYYY-MM-DDTHH:mm:ss.sssZ`; undefined when it is not a real instant. */
const normaliseTime = (value: string): string | undefined => {
  const match = ISO_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [
    match[1],
    match[2],
    match[3],
    match[4],
    match[5],
    match[6] ?? '0',
    match[10] ?? '0',
    match[11] ?? '0',
  ].map(Number);
  const millis = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59)
    return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // Date rolls 30 February over into March; a real CloudTrail time never needs that.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCHours(hour, minute, second, millis);
  const offset = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const iso = new Date(date.getTime() - offset * 60_000).toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined;
};

// Strict dotted quad, as the contract's zod check: `075.050.255.67` is ambiguous (octal?) and refused.
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

const isIpv6 = (value: string): boolean => {
  if (!/^[0-9a-fA-F:.]+$/.test(value)) return false;
  let address = value;
  if (value.includes('.')) {
    // An embedded IPv4 tail (`::ffff:192.0.2.1`) stands for the last two groups.
    const cut = value.lastIndexOf(':');
    if (cut < 0 || !IPV4.test(value.slice(cut + 1))) return false;
    address = `${value.slice(0, cut + 1)}0:0`;
  }
  const halves = address.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  if (!groups.every((list) => list.every((group) => HEX_GROUP.test(group)))) return false;
  const count = groups.reduce((sum, list) => sum + list.length, 0);
  return halves.length === 2 ? count <= 7 : count === 8;
};

const isIpAddress = (value: string): boolean => IPV4.test(value) || isIpv6(value);

const looksLikeEmail = (value: string): boolean =>
  value.length <= 320 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);

const segment = (value: string, max: number): string =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '_')
    .slice(0, max) || 'unknown';

const mapAction = (record: Json, isInsight: boolean): string => {
  const source = text(record.eventSource)?.replace(/\.amazonaws\.com$/i, '');
  // Insights events carry neither eventSource nor eventName: CloudTrail itself raised them.
  const service = source ?? (isInsight ? 'cloudtrail' : 'unknown');
  const name = text(record.eventName) ?? text(record.eventType) ?? 'unknown';
  return `aws.${segment(service, 64)}.${segment(name, 128)}`;
};

const saysFailure = (value: unknown): boolean =>
  isObject(value) &&
  Object.values(value).some((item) => typeof item === 'string' && item.toLowerCase() === 'failure');

const mapOutcome = (record: Json, isSignIn: boolean): AuditEventInput['outcome'] => {
  if (record.errorCode != null && record.errorCode !== '') return 'failure';
  const response = record.responseElements;
  if (isObject(response) && response.ConsoleLogin === 'Failure') return 'failure';
  // Sign-in reports failure as a value (`CheckMfa: Failure`, `CredentialVerification: Failure`).
  if (
    isSignIn &&
    [response, record.additionalEventData, record.serviceEventDetails].some(saysFailure)
  )
    return 'failure';
  return 'success';
};

const mapCategory = (record: Json, isSignIn: boolean): AuditEventInput['category'] => {
  if (record.eventCategory === 'Data' || record.managementEvent === false) return 'data';
  const name = record.eventName;
  if (isSignIn || name === 'ConsoleLogin' || name === 'CheckMfa' || record.readOnly === true)
    return 'access';
  return 'admin';
};

const actorType = (identity: Json): Actor['type'] => {
  const type = text(identity.type);
  if (type === undefined) return text(identity.invokedBy) ? 'service' : 'system';
  if (SERVICE_TYPES.has(type)) return 'service';
  if (USER_TYPES.has(type)) return 'user';
  return /service|account/i.test(type) ? 'service' : 'user';
};

const mapActor = (identity: unknown): Actor => {
  if (!isObject(identity)) return { type: 'system' };
  const ids = [identity.arn, identity.principalId, identity.accountId, identity.invokedBy]
    .map(text)
    .filter((id): id is string => id !== undefined);
  const id = ids.find((candidate) => candidate !== HIDDEN) ?? ids[0];
  const issuer = isObject(identity.sessionContext)
    ? identity.sessionContext.sessionIssuer
    : undefined;
  const onBehalfOf = identity.onBehalfOf;
  const email = [
    identity.userName,
    isObject(issuer) ? issuer.userName : undefined,
    isObject(onBehalfOf) ? onBehalfOf.userName : undefined,
  ]
    .map(text)
    .find((name) => name !== undefined && looksLikeEmail(name));
  const role = text(identity.type);
  return {
    type: actorType(identity),
    ...(id !== undefined && { id: truncate(id, 256) }),
    ...(email !== undefined && { email }),
    ...(role !== undefined && { role: truncate(role, 100) }),
  };
};

const mapTarget = (resources: unknown): AuditEventInput['target'] => {
  if (!Array.isArray(resources)) return undefined;
  for (const resource of resources) {
    if (!isObject(resource)) continue;
    // S3 data events on a key prefix (ListObjects) name it with ARNPrefix instead of ARN.
    const id = text(resource.ARN) ?? text(resource.ARNPrefix);
    if (id === undefined) continue;
    return { type: truncate(text(resource.type) ?? 'aws', 100), id: truncate(id, 256) };
  }
  return undefined;
};

const serialisedBytes = (value: unknown): number | undefined => {
  try {
    return new TextEncoder().encode(JSON.stringify(value)).length;
  } catch {
    return undefined;
  }
};

/**
 * One CloudTrail record → an audit event. The record itself is kept whole in `metadata.raw`, so
 * nothing AWS sent is lost to the mapping; all of a record's problems are reported together.
 */
export const mapCloudTrailRecord = (record: unknown): CloudTrailMapping => {
  if (!isObject(record))
    return { ok: false, errors: [{ path: '(record)', message: 'expected a JSON object' }] };

  const errors: { path: string; message: string }[] = [];
  const id = text(record.eventID);
  if (id === undefined)
    errors.push({
      path: 'eventID',
      message: 'required: CloudTrail records without eventID cannot be deduplicated',
    });
  else if (id.length > 128)
    errors.push({ path: 'eventID', message: 'must be at most 128 characters' });

  const eventTime = text(record.eventTime);
  const occurredAt = eventTime === undefined ? undefined : normaliseTime(eventTime);
  if (occurredAt === undefined)
    errors.push({
      path: 'eventTime',
      message:
        eventTime === undefined
          ? 'required: the time the request completed'
          : 'expected an ISO-8601 time with a time zone, such as 2026-11-20T14:03:11Z',
    });

  const metadata: Json = { raw: record };
  for (const field of METADATA_FIELDS) {
    const value = text(record[field]);
    if (value !== undefined) metadata[field] = value;
  }
  const bytes = serialisedBytes(metadata);
  if (bytes === undefined)
    errors.push({ path: 'metadata.raw', message: 'the record cannot be serialised as JSON' });
  else if (bytes > CLOUDTRAIL_METADATA_MAX_BYTES)
    errors.push({
      path: 'metadata.raw',
      message: `record too large: ${bytes} bytes serialised, at most ${CLOUDTRAIL_METADATA_MAX_BYTES}`,
    });

  if (errors.length > 0 || id === undefined || occurredAt === undefined)
    return { ok: false, errors };

  const isInsight = record.eventType === INSIGHT_TYPE;
  const isSignIn =
    text(record.eventSource)?.toLowerCase() === SIGNIN_SOURCE ||
    text(record.eventType)?.toLowerCase() === 'awsconsolesignin';
  const sourceIp = text(record.sourceIPAddress);
  const userAgent = text(record.userAgent);
  const target = mapTarget(record.resources);

  return {
    ok: true,
    event: {
      id,
      occurredAt,
      // An Insights event reports unusual call volume: no caller, and nothing that succeeded.
      category: isInsight ? 'system' : mapCategory(record, isSignIn),
      action: mapAction(record, isInsight),
      outcome: isInsight ? 'unknown' : mapOutcome(record, isSignIn),
      actor: mapActor(record.userIdentity),
      ...(target !== undefined && { target }),
      ...(sourceIp !== undefined && isIpAddress(sourceIp) && { ip: sourceIp }),
      ...(userAgent !== undefined && { userAgent: truncate(userAgent, 1024) }),
      metadata,
    },
  };
};
