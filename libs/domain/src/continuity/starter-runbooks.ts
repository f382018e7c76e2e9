import type { RunbookInput, SeverityLevel } from '@vigil/contracts';

/**
 * The runbook library Vigil installs on a fresh database: the company's AWS service map and the
 * nine IR, BCP and DRP runbooks the security programme starts from. The API seeds each once by
 * `key`; after that the rows are the company's own to edit.
 */

export interface StarterRunbook extends RunbookInput {
  /** Stable slug the seeder matches on; never change one that has shipped. */
  key: string;
}

export interface StarterService {
  id: string;
  name: string;
  rtoHours: number;
  rpoHours: number;
  owner: string | null;
  dependsOn: string[];
}

type StarterStep = StarterRunbook['steps'][number];

const md = (lines: readonly string[]): string => lines.join('\n');

// Every service keeps the promised 48 h / 24 h: a tighter figure would be a new client promise.
const RTO_HOURS = 48;
const RPO_HOURS = 24;

export const STARTER_SERVICES: readonly StarterService[] = [
  {
    id: 'dns-edge',
    name: 'DNS and CDN (Route 53, CloudFront)',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Platform team',
    dependsOn: [],
  },
  {
    id: 'primary-database',
    name: 'Primary database (RDS PostgreSQL)',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Platform team',
    dependsOn: [],
  },
  {
    id: 'object-storage',
    name: 'Object storage (S3)',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Platform team',
    dependsOn: [],
  },
  {
    id: 'email-delivery',
    name: 'Transactional email (Amazon SES)',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Platform team',
    dependsOn: [],
  },
  {
    id: 'audit-log',
    name: 'Audit log pipeline (Vigil)',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Security team',
    dependsOn: ['primary-database', 'object-storage'],
  },
  {
    id: 'auth',
    name: 'Identity and sign-in (SSO, MFA)',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Security team',
    dependsOn: ['primary-database', 'email-delivery', 'audit-log'],
  },
  {
    id: 'public-api',
    name: 'Public API',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Product engineering',
    dependsOn: ['primary-database', 'object-storage', 'auth', 'audit-log', 'email-delivery'],
  },
  {
    id: 'web-app',
    name: 'Web application (client portal)',
    rtoHours: RTO_HOURS,
    rpoHours: RPO_HOURS,
    owner: 'Product engineering',
    dependsOn: ['public-api', 'auth', 'dns-edge', 'object-storage'],
  },
];

// Shared steps: the same wording wherever a runbook opens or closes the same way.

const openIncidentStep = ({
  category,
  severity,
}: {
  category: string;
  severity: SeverityLevel;
}): StarterStep => ({
  title: 'Open the incident in Vigil and start the clocks',
  role: 'security_lead',
  expectedMinutes: 15,
  body: md([
    `- Open an incident (category **${category}**, severity **${severity}** unless the facts say otherwise) and start this runbook from it, so every step is timed against the incident.`,
    '- Set **Aware since** as soon as there is reasonable certainty that something happened. The 24 h client notice runs from it (from detection until it is set); do not wait for the investigation to finish.',
    '- Add the affected clients under **Affected organizations** so Vigil derives a notice for each.',
    '- If Vigil itself is down, keep a timeline in UTC (who, what, when) and enter it once it is back.',
  ]),
});

const privacyHandOffStep = ({ scope }: { scope: string }): StarterStep => ({
  title: 'Hand over to the DPO for the privacy assessment',
  role: 'dpo',
  expectedMinutes: 60,
  body: md([
    `- ${scope}`,
    '- If personal information may have been accessed, used, disclosed, lost or altered, the DPO runs **Personal-data breach notification** against this same incident.',
    '- The contractual 24 h client notice applies either way: check it under **Notification duties** and record it once sent.',
  ]),
});

const STEPS_RANSOMWARE: StarterStep[] = [
  openIncidentStep({ category: 'Ransomware', severity: 'SEV1' }),
  {
    title: 'Contain: cut the attacker off without destroying evidence',
    role: 'responder',
    expectedMinutes: 60,
    body: md([
      'Do not contact the attacker or pay. Do not power off instances (memory is evidence); isolate them.',
      '- EC2: replace the security groups with an isolation group that allows no traffic.',
      '- IAM principals that may be involved: attach `arn:aws:iam::aws:policy/AWSDenyAll`, set access keys inactive (`aws iam update-access-key --user-name USER --access-key-id KEY --status Inactive`), and use **Revoke active sessions** on roles.',
      '- S3: add a bucket-policy statement denying `s3:PutObject`, `s3:DeleteObject*` and `s3:PutBucket*` to everyone except the break-glass role.',
      '- Workstations: isolate through the EDR or MDM console; leave them powered on.',
    ]),
  },
  {
    title: 'Preserve evidence',
    role: 'responder',
    expectedMinutes: 45,
    body: md([
      '- Confirm CloudTrail is still logging: `aws cloudtrail get-trail-status --name TRAIL`.',
      '- Snapshot the EBS volumes of affected instances (`aws ec2 create-snapshot --volume-id VOL --description "IR <incident ref>"`).',
      '- Keep the ransom note, file samples and GuardDuty findings; note their SHA-256.',
      '- In Vigil, find the attacker actions in the audit log and link them to the incident as evidence (**Link an audit event**). Note the earliest one: it bounds the recovery point.',
    ]),
  },
  {
    title: 'Scope what was encrypted, deleted or copied',
    role: 'security_lead',
    expectedMinutes: 120,
    body: md([
      'Search CloudTrail (Vigil audit log, or Athena over the trail bucket beyond 90 days) for:',
      '- S3: bursts of `DeleteObject`, `PutObject` with SSE-C (`x-amz-server-side-encryption-customer-algorithm`), `PutBucketLifecycleConfiguration`, `PutBucketPolicy`.',
      '- RDS: `DeleteDBInstance`, `DeleteDBSnapshot`, `ModifyDBInstance` lowering `BackupRetentionPeriod`, `ModifyDBSnapshotAttribute` sharing a snapshot.',
      '- Large `GetObject` volumes or unusual egress: double extortion means exfiltration is likely. If S3 data events are not enabled, write that gap down.',
      'List the affected stores, clients and time range in the incident summary.',
    ]),
  },
  {
    title: 'Protect the backups before anything else touches them',
    role: 'responder',
    expectedMinutes: 30,
    body: md([
      '- Check Object Lock and versioning on every bucket in scope: `aws s3api get-object-lock-configuration --bucket B` and `aws s3api get-bucket-versioning --bucket B`. Compliance-mode retention cannot be shortened; governance mode can be by anyone holding `s3:BypassGovernanceRetention`, so remove that permission now.',
      '- Check the RDS automated backups are intact (7-day retention): `aws rds describe-db-instance-automated-backups --db-instance-identifier $DB`.',
      '- Copy the newest clean snapshot to the recovery region, or share it with the backup account and copy it there (`aws rds copy-db-snapshot`). A snapshot encrypted with the default `aws/rds` key cannot be shared: copy it under a customer-managed key first. If AWS Backup is used, confirm Vault Lock is on.',
    ]),
  },
  {
    title: 'Choose and record the recovery point',
    role: 'security_lead',
    expectedMinutes: 30,
    body: md([
      'The recovery point is the last backup taken **before the earliest attacker activity**, not before detection.',
      '- Enter it in the run as **Last good backup** and set **Disruption started** to when service or data was first affected.',
      '- Data lost = disruption start − recovery point. If that exceeds the **RPO of 24 h**, Vigil shows it; tell the DPO and say so in the client notice.',
    ]),
  },
  {
    title: 'Rebuild in a clean environment',
    role: 'responder',
    expectedMinutes: 480,
    body: md([
      '- Issue new credentials first (new IAM keys, new database passwords in Secrets Manager, new session signing keys); nothing from the compromised environment is reused.',
      '- Redeploy compute from infrastructure-as-code and known-good images; do not clean compromised hosts in place.',
      '- Restore the database with **RDS restore from snapshot** or **RDS point-in-time recovery** into a new instance. Keep the compromised instance, renamed and isolated.',
    ]),
  },
  {
    title: 'Restore S3 objects from earlier versions',
    role: 'responder',
    expectedMinutes: 240,
    body: md([
      '- List versions: `aws s3api list-object-versions --bucket B --prefix P`.',
      '- For a deleted object, remove its delete marker (`aws s3api delete-object --bucket B --key K --version-id MARKER_ID`).',
      '- For an overwritten object, copy the last clean version over it: `aws s3api copy-object --bucket B --key K --copy-source "B/K?versionId=V"`.',
      '- Beyond a few thousand objects, build a manifest of keys and versions and use S3 Batch Operations.',
    ]),
  },
  {
    title: 'Verify integrity before reopening',
    role: 'responder',
    expectedMinutes: 120,
    body: md([
      "- Database: exact row counts and checksums on key tables compared with the last backup test (`SELECT count(*) …`, `SELECT md5(string_agg(id::text, ',' ORDER BY id)) …`).",
      '- S3: sample files from each prefix open and match their stored checksums.',
      '- Run **Verify** on the audit log in Vigil.',
      '- Scan rebuilt hosts and confirm no attacker persistence remains (new IAM users, roles, keys, Lambda functions, scheduled tasks).',
      'Record each check and its result as a note on this step.',
    ]),
  },
  {
    title: 'Reopen the service and record the restore time',
    role: 'security_lead',
    expectedMinutes: 60,
    body: md([
      '- Lift the S3 deny statements you added, reopen in stages (internal users, one client, everyone) and watch the alarms.',
      '- The restore time is when clients can use the service again. Against the **RTO of 48 h** from disruption start, Vigil shows the margin.',
    ]),
  },
  privacyHandOffStep({
    scope:
      'Ransomware is at least a loss of availability, and with exfiltration a disclosure: assume personal information is involved until the scoping shows otherwise.',
  }),
  {
    title: 'Finish the run and review',
    role: 'security_lead',
    expectedMinutes: 60,
    body: md([
      '- Finish the run with the restore time and the recovery point actually used; Vigil records the achieved RTO and RPO.',
      '- Hold the post-incident review within two weeks: entry point, root cause, what slowed recovery. Open a ticket for each finding.',
    ]),
  },
];

const STEPS_REGION_OUTAGE: StarterStep[] = [
  {
    title: 'Confirm a regional outage and record the disruption start',
    role: 'responder',
    expectedMinutes: 20,
    body: md([
      '- Check the AWS Health Dashboard and our CloudWatch alarms across services: several AWS services failing in one region at once points to a regional event rather than our own fault.',
      '- Set **Disruption started** on the run to the first failed health check or alarm, not to when someone noticed.',
    ]),
  },
  openIncidentStep({ category: 'Service outage', severity: 'SEV2' }),
  {
    title: 'Decide: wait for AWS or fail over',
    role: 'security_lead',
    expectedMinutes: 30,
    body: md([
      'Fail over when AWS gives no recovery estimate, or its estimate would leave less than a day of the **RTO of 48 h**. Failing over has a cost: the recovery point is older and failing back takes a maintenance window.',
      '- Record the decision, its time and who made it as a note on this step.',
      '- If IAM Identity Center lives in the failed region, use the break-glass access for AWS.',
    ]),
  },
  {
    title: 'Keep data where the contracts say it lives',
    role: 'dpo',
    expectedMinutes: 15,
    body: md([
      'Restore in the recovery region paired for residency: Canadian data stays in Canada, EU clients’ data stays in the EU. Moving personal information outside Québec or the EU calls for an assessment first (Law 25, GDPR Chapter V). If the only available region breaks residency, stop and decide with the DPO and the affected clients.',
    ]),
  },
  {
    title: 'Restore the database in the recovery region',
    role: 'responder',
    expectedMinutes: 120,
    body: md([
      '- With a cross-region read replica: `aws rds promote-read-replica --db-instance-identifier $DB_REPLICA --region $DR_REGION`.',
      '- Otherwise from replicated automated backups: find the ARN with `aws rds describe-db-instance-automated-backups --region $DR_REGION`, then `aws rds restore-db-instance-to-point-in-time --region $DR_REGION --source-db-instance-automated-backups-arn $ARN --target-db-instance-identifier $DB-dr --use-latest-restorable-time --db-subnet-group-name $SUBNETS --vpc-security-group-ids $SG --no-publicly-accessible`.',
      '- Or from a snapshot copied to the region (`restore-db-instance-from-db-snapshot`).',
      'Wait with `aws rds wait db-instance-available`, then set backup retention to 7 days and turn deletion protection on.',
    ]),
  },
  {
    title: 'Record the recovery point',
    role: 'responder',
    expectedMinutes: 10,
    body: md([
      '- Replica: its last replayed transaction (`SELECT pg_last_xact_replay_timestamp();` before promotion, or the replica lag at the time of failure). Backup: the `RestoreWindow.LatestTime` used. Snapshot: its `SnapshotCreateTime`.',
      '- Enter it in the run as **Last good backup**. Disruption start − recovery point must stay within the **RPO of 24 h**.',
    ]),
  },
  {
    title: 'Switch object storage to the replica buckets',
    role: 'responder',
    expectedMinutes: 30,
    body: md([
      '- S3 Cross-Region Replication keeps copies in the recovery region; point the application at the replica buckets.',
      '- Objects written shortly before the outage may not have replicated (`aws s3api head-object` shows `ReplicationStatus` PENDING or FAILED on the source once it is reachable). List them for the failback.',
    ]),
  },
  {
    title: 'Deploy the application stack in the recovery region',
    role: 'responder',
    expectedMinutes: 180,
    body: md([
      '- Apply the recovery-region infrastructure-as-code; secrets come from Secrets Manager replicas, encryption from multi-region KMS keys.',
      '- SES identities are per region: confirm the sending domain is verified with DKIM in the recovery region and the account is out of the sandbox there.',
      '- Start the audit log pipeline first: every access must still be logged while running from the recovery region.',
    ]),
  },
  {
    title: 'Switch traffic',
    role: 'responder',
    expectedMinutes: 30,
    body: md([
      '- Prefer the Route 53 failover records prepared in advance: health-check failover keeps working when the Route 53 control plane is impaired; editing records depends on it.',
      '- Update CloudFront origins if they point at regional endpoints.',
      '- Smoke-test sign-in, the API, file upload and download, email and the audit log.',
    ]),
  },
  {
    title: 'Record the restore time and tell clients',
    role: 'security_lead',
    expectedMinutes: 30,
    body: md([
      '- Restore time = when clients can use the service again; Vigil compares it with the **RTO of 48 h**.',
      '- Send the client notice (24 h from **Aware since**) with the outage window and any data written after the recovery point that may need to be re-entered; record it under **Notification duties**.',
    ]),
  },
  {
    title: 'Plan the failback',
    role: 'security_lead',
    expectedMinutes: 120,
    body: md([
      'The recovery region is now the source of truth. When the primary region is healthy, rebuild the primary database from the recovery one (new replica, then promote), copy back the unreplicated S3 objects listed earlier, and fail back in an announced maintenance window. Never restart the old primary database as writable: its data is behind.',
    ]),
  },
  {
    title: 'Finish the run and review',
    role: 'security_lead',
    expectedMinutes: 60,
    body: md([
      '- Finish the run with the restore time and the recovery point; Vigil records the achieved RTO and RPO.',
      '- Review: decision time, manual steps that could be scripted, anything missing in the recovery region. Open a ticket for each finding.',
    ]),
  },
];

const STEPS_RDS_SNAPSHOT: StarterStep[] = [
  {
    title: 'Record the disruption start',
    role: 'security_lead',
    expectedMinutes: 15,
    body: md([
      '- Start this runbook from the incident (or as a drill) and set **Disruption started**: when the database became unavailable or the bad data was written. The **RTO of 48 h** runs from it.',
      '- Use this runbook when point-in-time recovery cannot help: the instance and its automated backups are gone, the damage is older than the restore window, or the clean copy is a snapshot in the backup account.',
    ]),
  },
  {
    title: 'Stop writes and keep the damaged instance',
    role: 'responder',
    expectedMinutes: 20,
    body: md([
      '- Put the application in maintenance mode and scale background workers to zero, so nothing writes to a database about to be replaced.',
      '- Do not delete the damaged instance: by default, deleting it also deletes its automated backups. If it is still up, take a manual snapshot for the investigation: `aws rds create-db-snapshot --db-instance-identifier $DB --db-snapshot-identifier $DB-ir-<ref>`.',
    ]),
  },
  {
    title: 'Choose the snapshot',
    role: 'responder',
    expectedMinutes: 15,
    body: md([
      '```sh',
      'aws rds describe-db-snapshots --db-instance-identifier $DB \\',
      "  --query 'reverse(sort_by(DBSnapshots,&SnapshotCreateTime))[].[DBSnapshotIdentifier,SnapshotType,SnapshotCreateTime,Status]' \\",
      '  --output table',
      '```',
      'Pick the newest `available` snapshot taken before the damage. Automated snapshots are kept 7 days; older points exist only as manual snapshots or copies in the backup account (`describe-db-snapshots --snapshot-type manual` there).',
    ]),
  },
  {
    title: 'Record the recovery point',
    role: 'responder',
    expectedMinutes: 5,
    body: md([
      '- The recovery point is the snapshot’s `SnapshotCreateTime`. Enter it in the run as **Last good backup**.',
      '- Data lost = disruption start − recovery point, to be kept within the **RPO of 24 h**. With daily automated snapshots this holds only if the snapshot chosen is the latest one; if it is older, Vigil shows the RPO as missed and the DPO and clients must hear about it.',
    ]),
  },
  {
    title: 'Restore into a new instance',
    role: 'responder',
    expectedMinutes: 60,
    body: md([
      '```sh',
      'aws rds restore-db-instance-from-db-snapshot \\',
      '  --db-instance-identifier $DB-restored --db-snapshot-identifier $SNAPSHOT \\',
      '  --db-instance-class $CLASS --db-subnet-group-name $SUBNETS --vpc-security-group-ids $SG \\',
      '  --db-parameter-group-name $PARAMS --multi-az --no-publicly-accessible',
      'aws rds wait db-instance-available --db-instance-identifier $DB-restored',
      '```',
      'Without `--vpc-security-group-ids` the instance gets the VPC default security group. Restore time grows with size: note the start and end of the restore on this step.',
    ]),
  },
  {
    title: 'Reapply the production settings',
    role: 'responder',
    expectedMinutes: 15,
    body: md([
      '`aws rds modify-db-instance --db-instance-identifier $DB-restored --backup-retention-period 7 --deletion-protection --apply-immediately`, then check encryption, Performance Insights, log exports to CloudWatch, tags and alarms against the old instance (`describe-db-instances` on both, side by side).',
    ]),
  },
  {
    title: 'Verify the restored data',
    role: 'responder',
    expectedMinutes: 45,
    body: md([
      '- Schema: the migrations table matches the release being run.',
      '- Row counts on key tables (`SELECT count(*)`), compared with the last backup test or yesterday’s metrics.',
      "- Checksums where a reference exists: `SELECT md5(string_agg(id::text, ',' ORDER BY id)) FROM t WHERE created_at < $RECOVERY_POINT;` on the restored and, if reachable, the damaged instance.",
      '- The newest row (`SELECT max(created_at) FROM t`) is just before the recovery point.',
      'Record each check with expected and actual values as a note on this step.',
    ]),
  },
  {
    title: 'Cut over',
    role: 'responder',
    expectedMinutes: 30,
    body: md([
      'Either update the database host in the Secrets Manager secret the application reads and restart it, or swap identifiers so the endpoint name stays the same (`modify-db-instance --new-db-instance-identifier`, damaged instance to `$DB-damaged` first, then `$DB-restored` to `$DB`, each with `--apply-immediately`). Restart workers, leave maintenance mode and watch error rates.',
    ]),
  },
  {
    title: 'Record the restore time',
    role: 'security_lead',
    expectedMinutes: 5,
    body: md([
      'The restore time is when clients can use the service again, not when the instance became available. Vigil compares restore time − disruption start with the **RTO of 48 h**.',
    ]),
  },
  {
    title: 'Account for the lost window and tell clients',
    role: 'security_lead',
    expectedMinutes: 60,
    body: md([
      '- Writes between the recovery point and the disruption are lost. Recover what can be: S3 objects, email logs, audit events re-read from the CloudTrail bucket; list the rest per client.',
      '- Send the client notice (24 h from **Aware since**) with the lost window. Loss of personal information is a confidentiality incident under Law 25 and a personal data breach under GDPR: ask the DPO to assess.',
    ]),
  },
  {
    title: 'Finish the run and clean up',
    role: 'security_lead',
    expectedMinutes: 30,
    body: md([
      '- Finish the run with the restore time and the recovery point; Vigil records the achieved RTO and RPO. In a drill, also record a backup test with the integrity checks.',
      '- Keep the damaged instance until the investigation closes, then delete it with a final snapshot.',
    ]),
  },
];

const STEPS_RDS_PITR: StarterStep[] = [
  {
    title: 'Record the disruption start',
    role: 'security_lead',
    expectedMinutes: 15,
    body: md([
      'Start this runbook from the incident (or as a drill) and set **Disruption started**: when the bad write, migration or deletion happened, or when the instance failed. The **RTO of 48 h** runs from it.',
    ]),
  },
  {
    title: 'Stop the damage',
    role: 'responder',
    expectedMinutes: 15,
    body: md([
      'Put the application in maintenance mode and stop workers and scheduled jobs. The production instance stays as it is: it is the source of the restore and of every write made since.',
    ]),
  },
  {
    title: 'Find the exact moment to restore to',
    role: 'responder',
    expectedMinutes: 30,
    body: md([
      '- Find the first bad statement in the PostgreSQL log (CloudWatch log group `/aws/rds/instance/$DB/postgresql`), the deploy log or Vigil’s audit log. Link the relevant audit events to the incident.',
      '- The restore time is one second before it, in UTC (`2026-03-02T14:01:59Z`).',
    ]),
  },
  {
    title: 'Check the restore window',
    role: 'responder',
    expectedMinutes: 5,
    body: md([
      '```sh',
      "aws rds describe-db-instances --db-instance-identifier $DB --query 'DBInstances[0].[LatestRestorableTime,BackupRetentionPeriod]'",
      "aws rds describe-db-instance-automated-backups --db-instance-identifier $DB --query 'DBInstanceAutomatedBackups[0].RestoreWindow'",
      '```',
      'The restore time must lie between `RestoreWindow.EarliestTime` (up to 7 days back with our retention) and `LatestRestorableTime` (usually within the last 5 minutes). Earlier than that: use **RDS restore from snapshot**.',
    ]),
  },
  {
    title: 'Record the recovery point',
    role: 'responder',
    expectedMinutes: 5,
    body: md([
      '- The recovery point is the restore time chosen. Enter it in the run as **Last good backup**.',
      '- Data lost = disruption start − recovery point; with point-in-time recovery it is minutes, well inside the **RPO of 24 h**. If the restore time had to move earlier, record why.',
    ]),
  },
  {
    title: 'Restore to the point in time',
    role: 'responder',
    expectedMinutes: 60,
    body: md([
      '```sh',
      'aws rds restore-db-instance-to-point-in-time \\',
      '  --source-db-instance-identifier $DB --target-db-instance-identifier $DB-pitr \\',
      '  --restore-time 2026-03-02T14:01:59Z \\',
      '  --db-instance-class $CLASS --db-subnet-group-name $SUBNETS --vpc-security-group-ids $SG \\',
      '  --db-parameter-group-name $PARAMS --multi-az --no-publicly-accessible --deletion-protection',
      'aws rds wait db-instance-available --db-instance-identifier $DB-pitr',
      '```',
      'Note when the restore started and ended on this step.',
    ]),
  },
  {
    title: 'Verify the restored data',
    role: 'responder',
    expectedMinutes: 45,
    body: md([
      '- The bad change is absent (the dropped table exists, the deleted rows are back).',
      "- Rows created before the restore time match production: `SELECT count(*), md5(string_agg(id::text, ',' ORDER BY id)) FROM t WHERE created_at < '<restore time>';` on both instances, for every key table except the damaged ones.",
      '- The newest row is just before the restore time (`SELECT max(created_at) FROM t`).',
      'Record expected and actual values as a note on this step.',
    ]),
  },
  {
    title: 'Choose: repair in place or cut over',
    role: 'security_lead',
    expectedMinutes: 15,
    body: md([
      '- **Repair in place** when the damage is confined to a few tables: copy the good rows from `$DB-pitr` into production (`pg_dump --data-only -t` or `\\copy`) inside a transaction. Writes made since the disruption survive.',
      '- **Cut over** when the damage is broad or unclear: point the application at `$DB-pitr` (Secrets Manager host, or swap identifiers with `modify-db-instance --new-db-instance-identifier`). Writes made after the restore time are lost.',
      'Note the choice and why on this step.',
    ]),
  },
  {
    title: 'Bring the service back and record the restore time',
    role: 'responder',
    expectedMinutes: 30,
    body: md([
      '- After a cutover, set backup retention to 7 days on the new instance and check its alarms and log exports.',
      '- Restart workers, leave maintenance mode, watch error rates.',
      '- The restore time is when clients can use the service again; Vigil compares it with the **RTO of 48 h**.',
    ]),
  },
  {
    title: 'Account for lost data and tell clients',
    role: 'security_lead',
    expectedMinutes: 30,
    body: md([
      '- List what was lost (writes after the restore time on a cutover; the damaged rows otherwise) per client.',
      '- Send the client notice (24 h from **Aware since**) and record it in Vigil. If personal information was lost or altered, the DPO assesses it as a confidentiality incident.',
    ]),
  },
  {
    title: 'Finish the run and clean up',
    role: 'security_lead',
    expectedMinutes: 20,
    body: md([
      '- Finish the run with the restore time and the recovery point; Vigil records the achieved RTO and RPO. In a drill, also record a backup test.',
      '- Delete the unused instance (the old production one after a cutover, `$DB-pitr` after a repair) only when the investigation closes, with a final snapshot.',
    ]),
  },
];

const STEPS_CREDENTIAL_LEAK: StarterStep[] = [
  openIncidentStep({ category: 'Unauthorized access', severity: 'SEV2' }),
  {
    title: 'Identify the secret and the exposure',
    role: 'security_lead',
    expectedMinutes: 15,
    body: md([
      'Write down what leaked (IAM access key ID, database password, API token, session signing key, third-party key), where (public repository, log, ticket, chat, paste site) and since when. Treat it as used by someone else from the moment it became visible; deleting the post does not undo that.',
    ]),
  },
  {
    title: 'Revoke the secret now',
    role: 'responder',
    expectedMinutes: 15,
    body: md([
      '- IAM access key: `aws iam update-access-key --user-name USER --access-key-id AKIA… --status Inactive`. Deactivate first and delete later: the key ID is still needed to trace its use.',
      '- IAM role credentials: **Revoke active sessions** on the role in the IAM console.',
      '- Database password: `aws secretsmanager rotate-secret --secret-id SECRET`.',
      '- Third-party tokens: revoke them in the provider’s console. Session signing keys: rotate them, which signs everyone out.',
      'Note the revocation time: it is when the incident is contained.',
    ]),
  },
  {
    title: 'Replace it where it is legitimately used',
    role: 'responder',
    expectedMinutes: 60,
    body: md([
      'Issue the replacement, store it in Secrets Manager, redeploy the consumers and confirm they are healthy. Then delete the old key (`aws iam delete-access-key`). Where a role can replace a long-lived key, use the role.',
    ]),
  },
  {
    title: 'Find out whether and how it was used',
    role: 'responder',
    expectedMinutes: 120,
    body: md([
      '- `aws iam get-access-key-last-used --access-key-id AKIA…`.',
      '- `aws cloudtrail lookup-events --lookup-attributes AttributeKey=AccessKeyId,AttributeValue=AKIA…` in every region in use (90 days, management events only); Athena over the trail bucket for longer or for S3 data events.',
      '- Vigil’s audit log filtered on the actor; GuardDuty findings such as `UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS`.',
      '- For a database password: connections from unknown addresses in the PostgreSQL log.',
      'Link every use you did not expect to the incident as evidence.',
    ]),
  },
  {
    title: 'Look for persistence',
    role: 'responder',
    expectedMinutes: 60,
    body: md([
      '- New IAM users, access keys, roles trusting outside accounts, policy changes.',
      '- Instances, Lambda functions or SES sending in regions we do not use.',
      '- Changed bucket policies or ACLs; RDS snapshots shared outside the account (`aws rds describe-db-snapshot-attributes --db-snapshot-identifier SNAP`).',
      'Remove what you find and note each item on this step.',
    ]),
  },
  privacyHandOffStep({
    scope:
      'Give the DPO the list of data the secret could reach and what the logs show was read; where logging was missing (for example no S3 data events), say so.',
  }),
  {
    title: 'Remove the exposure and fix the cause',
    role: 'security_lead',
    expectedMinutes: 60,
    body: md([
      '- Remove the secret from the repository history, logs or tickets, and ask the host to purge caches.',
      '- Fix what let it out: secret scanning on push, no long-lived keys on laptops, secrets loaded from Secrets Manager at runtime.',
    ]),
  },
  {
    title: 'Close with the timeline',
    role: 'security_lead',
    expectedMinutes: 30,
    body: md([
      'Move the incident through contained, eradicated and recovered with the real times (exposure, revocation, replacement). Check every notice under **Notification duties** is recorded or waived with a reason, and open a ticket for each finding.',
    ]),
  },
];

const STEPS_BREACH_NOTIFICATION: StarterStep[] = [
  {
    title: 'Confirm there is a personal-data incident and record awareness',
    role: 'dpo',
    expectedMinutes: 30,
    body: md([
      '- Law 25 (s. 3.6): any unauthorized access, use or communication of personal information, its loss, or any other breach of its protection. GDPR (Art. 4(12)): destruction, loss, alteration, unauthorized disclosure of or access to personal data. Loss and unavailability count too.',
      '- On the incident, set **Aware since**: when we had reasonable certainty that personal information was compromised (Law 25: "cause to believe"). A short investigation is allowed; waiting for certainty is not.',
      '- If a client’s data is involved and we act as their processor, also set **Aware as processor since** (GDPR Art. 33(2)).',
    ]),
  },
  {
    title: 'Check the 24 h client notice',
    role: 'dpo',
    expectedMinutes: 15,
    body: md([
      'Every affected client must hear from us within 24 h of awareness, whether or not a regulator is involved. Make sure each one is listed under **Affected organizations**; Vigil shows the deadline under **Notification duties**. Send a first notice with what is known and follow up in phases rather than wait for complete facts.',
    ]),
  },
  {
    title: 'Establish our role for each data set',
    role: 'dpo',
    expectedMinutes: 20,
    body: md([
      '- **Processor**: clients’ data we process for them. The client, as controller, assesses the risk and notifies its regulators and people; we tell the client without undue delay (GDPR Art. 33(2)) and within the contractual 24 h, and help them.',
      '- **Controller**: our own employees’, prospects’ and client contacts’ data. The regulator and people notices below are ours.',
      'If both apply, record the larger duty and explain in the rationale.',
    ]),
  },
  {
    title: 'Gather the facts the notices need',
    role: 'dpo',
    expectedMinutes: 60,
    body: md([
      'Under **Facts for the notices** and **People and records affected**:',
      '- the personal information concerned (or why it cannot be described), when it happened (or an approximation), the circumstances and cause if known;',
      '- people and records affected, and how many live in Québec, elsewhere in Canada and in the EU (estimates flagged as such);',
      '- whether the data was encrypted and the key kept safe, the measures taken, and what people can do to protect themselves.',
      'Ask the responders for evidence linked to the incident rather than accounts from memory.',
    ]),
  },
  {
    title: 'Assess the risk under each regime',
    role: 'dpo',
    expectedMinutes: 60,
    body: md([
      'In the **Privacy assessment**:',
      '- **Law 25, risk of serious injury** (s. 3.7): sensitivity of the information, anticipated consequences of its use, likelihood it will be used to cause harm.',
      '- **PIPEDA, real risk of significant harm** (s. 10.1(7)–(8)): sensitivity and probability of misuse; harm includes humiliation, reputational, financial loss and identity theft. Set **Breach determined at** when we determine the breach occurred.',
      '- **GDPR risk**: none, risk or high risk to people’s rights and freedoms.',
      'Write the rationale as if a regulator will read it; the register keeps it even when nothing is notified. Name the person in charge of the protection of personal information who was consulted (Law 25 s. 3.7).',
    ]),
  },
  {
    title: 'Review the duties Vigil derived',
    role: 'dpo',
    expectedMinutes: 20,
    body: md([
      'Saving the assessment derives the duties under **Notification duties**. Check that each one is there and makes sense:',
      '- **Client**: 24 h from awareness (contract).',
      '- **GDPR, supervisory authority**: 72 h from awareness, when we are the controller and the risk is not "none"; a later notice needs a reason for the delay. **Data subjects**: without undue delay when the risk is high, unless an Art. 34(3) exemption is recorded.',
      '- **Law 25, CAI and persons concerned**: promptly. No number in the law; Vigil shows an internal target, not a legal deadline.',
      '- **PIPEDA, Commissioner and individuals**: as soon as feasible after the breach is determined; other organizations that can reduce harm too.',
    ]),
  },
  {
    title: 'Check holds and exemptions',
    role: 'dpo',
    expectedMinutes: 15,
    body: md([
      '- If police or another body investigating a crime asks us to hold individual notices, set **Law-enforcement hold** and keep their request as evidence. The Québec notices to persons are suspended while it is set; the CAI notice is not.',
      '- For a GDPR Art. 34(3) exemption (data unintelligible, risk no longer likely, disproportionate effort with a public notice instead), write the reasoning in the assessment.',
    ]),
  },
  {
    title: 'Prepare the notices',
    role: 'dpo',
    expectedMinutes: 90,
    body: md([
      'Prepare each notice from its duty; Vigil fills the template from the assessment and marks every missing fact as a bracketed gap. Fill the gaps before sending. Notices to persons in Québec go out in French; use plain language for individuals (GDPR Art. 34(2)). Have the security lead check the facts and legal counsel review regulator notices.',
    ]),
  },
  {
    title: 'Send and record each notice',
    role: 'dpo',
    expectedMinutes: 30,
    body: md([
      'Record each notice on its duty with the time sent, channel, recipient and full text; Vigil keeps the text’s SHA-256 as proof of what was said. Record a GDPR notice sent after 72 h with the reason for the delay. A duty that turns out not to apply is waived with the reason, not left open.',
    ]),
  },
  {
    title: 'Send updates as facts change',
    role: 'dpo',
    expectedMinutes: 30,
    body: md([
      'New counts, causes or measures go to the same recipients: Law 25 Reg. s. 4 (to the CAI, promptly), GDPR Art. 33(4) (in phases), PIPEDA Regs s. 2(2). Update the assessment first: Vigil keeps each version and re-derives the duties; then record the supplementary notice.',
    ]),
  },
  {
    title: 'Check the register entry',
    role: 'dpo',
    expectedMinutes: 15,
    body: md([
      'Every confidentiality incident goes in the **Register**, notified or not (Law 25 s. 3.8, PIPEDA s. 10.3, GDPR Art. 33(5)). Check the entry: description, dates, counts, risk rationale, notice dates and measures. It is kept at least 5 years from awareness for Law 25 and 24 months from determination for PIPEDA.',
    ]),
  },
  {
    title: 'Close the privacy side',
    role: 'dpo',
    expectedMinutes: 30,
    body: md([
      'When every duty is met or waived, note the measures taken to prevent a recurrence (Law 25 s. 3.5 asks for them) and bring the privacy findings to the post-incident review.',
    ]),
  },
];

const STEPS_ADMIN_COMPROMISE: StarterStep[] = [
  openIncidentStep({ category: 'Account compromise', severity: 'SEV1' }),
  {
    title: 'Confirm with the account holder out of band',
    role: 'security_lead',
    expectedMinutes: 15,
    body: md([
      'Call the person on a known number (not a number from the suspicious email or chat) and ask whether the activity was theirs: sign-ins, MFA prompts, changes. If they cannot be reached within 15 minutes, act as if compromised.',
    ]),
  },
  {
    title: 'Suspend the account and revoke its sessions',
    role: 'admin',
    expectedMinutes: 20,
    body: md([
      '- Identity provider: suspend the user and sign out all sessions; revoke OAuth tokens and app passwords.',
      '- AWS: disable the user in IAM Identity Center, delete their active sessions and remove their permission-set assignments. Role credentials already issued survive that until they expire: use **Revoke active sessions** on each `AWSReservedSSO_*` role they held (this signs out everyone using the role; tell the team). For an IAM user, attach `AWSDenyAll` and deactivate their access keys.',
      '- Vigil and our own product: deactivate the user and revoke their API tokens.',
      'Note the time each was done.',
    ]),
  },
  {
    title: 'Reconstruct what the account did',
    role: 'responder',
    expectedMinutes: 120,
    body: md([
      'From the first suspicious sign-in onward: Vigil’s audit log filtered on the actor, CloudTrail (`lookup-events` by `Username`), the identity provider’s admin log, the source code host’s audit log. Link each relevant event to the incident as evidence and build the timeline in UTC.',
    ]),
  },
  {
    title: 'Remove persistence',
    role: 'responder',
    expectedMinutes: 90,
    body: md([
      'An admin can leave doors open. Check and remove:',
      '- new users, admins, SSO apps or OAuth grants in the identity provider; MFA devices added;',
      '- new IAM users, access keys, roles trusting outside accounts, changed policies or SCPs;',
      '- API tokens and webhooks in Vigil and the product; mail forwarding rules; deploy keys and CI secrets read.',
    ]),
  },
  {
    title: 'Rotate what the account could read',
    role: 'responder',
    expectedMinutes: 120,
    body: md([
      'Rotate shared secrets the account could see: Secrets Manager entries, CI variables, break-glass credentials, database master password (`aws rds modify-db-instance --master-user-password`, or rotate the managed secret). Use the **Credential leak** runbook for anything that was demonstrably read.',
    ]),
  },
  privacyHandOffStep({
    scope:
      'List the client data the account could reach and what the logs show it read or exported (audit log exports, database queries, S3 downloads).',
  }),
  {
    title: 'Restore access on a clean basis',
    role: 'admin',
    expectedMinutes: 60,
    body: md([
      'Only after the person’s device is checked or replaced: reset the password, remove every MFA factor and enrol a phishing-resistant one (security key or passkey), and restore the minimum access needed. Keep the revoked-sessions policies in place until their timestamps are in the past for every legitimate user.',
    ]),
  },
  {
    title: 'Close and review',
    role: 'security_lead',
    expectedMinutes: 60,
    body: md([
      'Move the incident through contained, eradicated and recovered with the real times. Review how the account was taken (phishing, reused password, token theft) and whether admin rights should be just-in-time. Open a ticket for each finding.',
    ]),
  },
];

const STEPS_LOST_WORKSTATION: StarterStep[] = [
  {
    title: 'Take the report',
    role: 'security_lead',
    expectedMinutes: 15,
    body: md([
      'Record who, which device (asset tag, serial), when and where it was last seen, whether it was locked or powered off, and whether it was stolen (police report number) or lost. Staff should report within the hour; a late report moves nothing but our awareness time.',
    ]),
  },
  openIncidentStep({ category: 'Lost or stolen device', severity: 'SEV3' }),
  {
    title: 'Lock the device and request a wipe',
    role: 'admin',
    expectedMinutes: 15,
    body: md([
      'From the MDM console send a lock, then a remote wipe. The commands run when the device next connects: note when each was sent and, later, when it was acknowledged.',
    ]),
  },
  {
    title: 'Check the disk encryption status',
    role: 'security_lead',
    expectedMinutes: 15,
    body: md([
      'Read from the MDM whether FileVault or BitLocker was on and when the device last reported in. Full-disk encryption on a device that was off or locked makes the data unreadable: record the evidence, since it decides the privacy assessment.',
    ]),
  },
  {
    title: 'Revoke sessions and local credentials',
    role: 'admin',
    expectedMinutes: 45,
    body: md([
      '- Identity provider: sign the user out of all sessions and remove the device from trusted devices.',
      '- AWS: delete the user’s active sessions in IAM Identity Center. Role credentials already cached on the laptop stay valid until they expire, so for a device that was unlocked also **Revoke active sessions** on the `AWSReservedSSO_*` roles the user held. Deactivate any IAM access key stored on it (`aws iam update-access-key --user-name USER --access-key-id KEY --status Inactive`).',
      '- Rotate SSH keys, source code host tokens, VPN certificates and any password kept in local files.',
    ]),
  },
  {
    title: 'List the data that was on it',
    role: 'responder',
    expectedMinutes: 30,
    body: md([
      'Ask the user, then check: audit log or register exports downloaded from Vigil (the audit log records each export), database dumps, client files, synced folders. Note what and whose data.',
    ]),
  },
  {
    title: 'Decide whether personal information is at risk',
    role: 'dpo',
    expectedMinutes: 30,
    body: md([
      'Encrypted and off or locked: record the assessment with no risk (the register keeps every incident). Unencrypted, unlocked or with a known password: the DPO runs **Personal-data breach notification**, and clients whose data was on the device get the 24 h notice.',
    ]),
  },
  {
    title: 'Replace the device and close',
    role: 'admin',
    expectedMinutes: 60,
    body: md([
      'Issue an enrolled, encrypted replacement; restore access; mark the old asset lost in the inventory. Close the incident with the wipe acknowledgement if it came, and note whether policy was followed (encryption, screen lock, no local exports).',
    ]),
  },
];

const STEPS_OFFBOARDING: StarterStep[] = [
  {
    title: 'Agree the cut-off time',
    role: 'admin',
    expectedMinutes: 15,
    body: md([
      'With HR and the manager, fix the exact cut-off time (UTC) and whether the departure is amicable. For an involuntary or hostile departure, access goes at the moment the person is told, not at the end of the day. Open an incident (category **Offboarding**, SEV4) and start this runbook from it so each step carries a time.',
    ]),
  },
  {
    title: 'Hand over ownership',
    role: 'admin',
    expectedMinutes: 30,
    body: md([
      'Before the cut-off: reassign incidents they lead, runbook steps and service ownership in Vigil, shared documents, on-call slots, and any client they were the contact for.',
    ]),
  },
  {
    title: 'Disable the identity at the cut-off',
    role: 'admin',
    expectedMinutes: 15,
    body: md([
      'Suspend the user in the identity provider and sign out all sessions; revoke OAuth grants and app passwords. This ends sign-in to every SSO application, but not sessions or tokens already issued by those applications: the next steps handle those.',
    ]),
  },
  {
    title: 'Remove AWS access',
    role: 'admin',
    expectedMinutes: 20,
    body: md([
      '- IAM Identity Center: remove the user from groups and permission sets.',
      '- `aws iam list-access-keys --user-name USER` and `aws iam list-ssh-public-keys --user-name USER` for any IAM user they had: deactivate, then delete the user.',
      '- For a hostile departure, also **Revoke active sessions** on the `AWSReservedSSO_*` roles they held.',
    ]),
  },
  {
    title: 'Remove application access and tokens',
    role: 'admin',
    expectedMinutes: 30,
    body: md([
      '- Vigil and the product: deactivate the user; revoke their API tokens.',
      '- Source code host: remove from the organization; revoke their deploy keys and personal tokens with org access.',
      '- Chat, ticketing, monitoring, email delivery and any tool not behind SSO.',
    ]),
  },
  {
    title: 'Rotate shared secrets they knew',
    role: 'security_lead',
    expectedMinutes: 60,
    body: md([
      'Break-glass credentials, database master passwords, shared vault items, CI secrets, webhook signing secrets they could read. Use Secrets Manager rotation where it exists and record what was rotated on this step.',
    ]),
  },
  {
    title: 'Recover devices and data',
    role: 'admin',
    expectedMinutes: 30,
    body: md([
      'Collect the laptop and security keys; wipe through the MDM only after any data to keep has been preserved. Ask for confirmation in writing that no client data is kept on personal devices. A device not returned goes through **Lost or stolen workstation**.',
    ]),
  },
  {
    title: 'Verify no activity after the cut-off',
    role: 'security_lead',
    expectedMinutes: 20,
    body: md([
      'Filter Vigil’s audit log on the person (email, IAM user, access key IDs) from the cut-off onward, today and again after 7 days. Any event after the cut-off is an incident of its own: link it as evidence and open a **Compromised admin account** or **Credential leak** run as fits.',
    ]),
  },
  {
    title: 'Close with the access record',
    role: 'security_lead',
    expectedMinutes: 10,
    body: md([
      'Close the incident with the cut-off time and the time each access was removed. Auditors sample these records: the gap between cut-off and the last removal is what they look at.',
    ]),
  },
];

export const STARTER_RUNBOOKS: readonly StarterRunbook[] = [
  {
    key: 'bcp-ransomware',
    title: 'Ransomware',
    kind: 'BCP',
    summary:
      'Data or systems encrypted, deleted or held to ransom, in AWS or on a workstation. Contain the attacker without destroying evidence, protect the backups, choose a recovery point from before the first attacker activity, rebuild in a clean environment, restore the database and S3 objects, and verify before reopening. The run tracks the 48 h RTO and 24 h RPO; the DPO assesses the privacy side, since ransomware usually comes with exfiltration.',
    services: ['primary-database', 'object-storage', 'audit-log', 'auth', 'public-api', 'web-app'],
    categories: ['Ransomware', 'Malware', 'Data loss', 'Service outage'],
    steps: STEPS_RANSOMWARE,
  },
  {
    key: 'bcp-region-outage',
    title: 'Region outage',
    kind: 'BCP',
    summary:
      'An AWS region we run in is impaired for long enough to threaten the 48 h RTO. Decide between waiting and failing over, restore the database and switch object storage in the recovery region without breaking data residency, redeploy the stack, move traffic, and plan the failback. Record the disruption start, the recovery point and the restore time so the run shows RTO and RPO against the 48 h / 24 h objectives.',
    services: [
      'dns-edge',
      'primary-database',
      'object-storage',
      'email-delivery',
      'audit-log',
      'auth',
      'public-api',
      'web-app',
    ],
    categories: ['Service outage'],
    steps: STEPS_REGION_OUTAGE,
  },
  {
    key: 'drp-rds-restore',
    title: 'RDS restore from snapshot',
    kind: 'DRP',
    summary:
      'Restore the PostgreSQL database from an RDS snapshot into a new instance when point-in-time recovery cannot be used: the instance or its automated backups are gone, or the damage predates the 7-day restore window. The snapshot time is the recovery point; data lost since then must stay within the 24 h RPO, and the service must be back within the 48 h RTO from the disruption start.',
    services: ['primary-database'],
    categories: ['Data loss', 'Service outage'],
    steps: STEPS_RDS_SNAPSHOT,
  },
  {
    key: 'drp-rds-pitr',
    title: 'RDS point-in-time recovery',
    kind: 'DRP',
    summary:
      'Recover the PostgreSQL database to a moment just before a bad write, migration or deletion, using the continuous backups RDS keeps for 7 days. Pick the restore time from the logs, check it lies in the restore window, restore into a new instance, verify, then repair in place or cut over. The restore time is the recovery point (minutes of data at most, within the 24 h RPO); the service must be back within the 48 h RTO.',
    services: ['primary-database'],
    categories: ['Data loss', 'Service outage'],
    steps: STEPS_RDS_PITR,
  },
  {
    key: 'ir-credential-leak',
    title: 'Credential leak',
    kind: 'IR',
    summary:
      'A secret (IAM access key, database password, API token, signing key) has been exposed where others could read it. Revoke it within minutes, replace it for its legitimate users, trace every use in CloudTrail and Vigil’s audit log, remove any persistence, and give the DPO what is needed to decide whether personal information was reached.',
    services: ['public-api', 'primary-database', 'object-storage', 'audit-log'],
    categories: ['Unauthorized access', 'Data exposure', 'Account compromise'],
    steps: STEPS_CREDENTIAL_LEAK,
  },
  {
    key: 'ir-personal-data-breach',
    title: 'Personal-data breach notification',
    kind: 'IR',
    summary:
      'For the DPO, once an incident may involve personal information. Record awareness, send the 24 h client notice, establish whether we are controller or processor, gather the facts, assess the risk under Law 25, PIPEDA and GDPR in Vigil, then prepare, send and record the notices Vigil derives (GDPR 72 h; Law 25 promptly; PIPEDA as soon as feasible), send updates, and check the register entry.',
    services: [],
    categories: [
      'Data exposure',
      'Unauthorized access',
      'Account compromise',
      'Data loss',
      'Lost or stolen device',
      'Insider misuse',
    ],
    steps: STEPS_BREACH_NOTIFICATION,
  },
  {
    key: 'ir-compromised-admin',
    title: 'Compromised admin account',
    kind: 'IR',
    summary:
      'An account with administrative rights (identity provider, AWS, Vigil or the product) is used by someone other than its owner. Confirm out of band, suspend it and revoke live sessions including AWS role sessions, rebuild the timeline from the audit logs, remove persistence, rotate what it could read and restore access with phishing-resistant MFA.',
    services: ['auth', 'audit-log', 'web-app', 'public-api'],
    categories: ['Account compromise', 'Unauthorized access', 'Phishing', 'Insider misuse'],
    steps: STEPS_ADMIN_COMPROMISE,
  },
  {
    key: 'ir-lost-workstation',
    title: 'Lost or stolen workstation',
    kind: 'IR',
    summary:
      'A company laptop or desktop is lost or stolen. Lock and wipe it through the MDM, confirm its disk encryption, revoke sessions and credentials stored on it, list the data it held and let the DPO decide whether personal information is at risk.',
    services: ['auth'],
    categories: ['Lost or stolen device'],
    steps: STEPS_LOST_WORKSTATION,
  },
  {
    key: 'ir-departing-employee',
    title: 'Departing employee access revocation',
    kind: 'IR',
    summary:
      'Remove every access of a person leaving the company at an agreed cut-off: identity provider, AWS, Vigil and the product, source code and other tools, plus the shared secrets they knew. Hand over what they own first, recover devices, and check the audit log for activity after the cut-off so the access record stands up to an audit.',
    services: ['auth', 'audit-log'],
    categories: ['Offboarding', 'Insider misuse'],
    steps: STEPS_OFFBOARDING,
  },
];
