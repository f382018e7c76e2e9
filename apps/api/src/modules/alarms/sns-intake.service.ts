import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseCloudWatchAlarmMessage } from '@vigil/domain';
import { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error.js';
import { actorOf, type RequestContext, type UserPrincipal } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { AlarmIngestService } from './alarm-ingest.service.js';
import {
  HttpsCertificateSource,
  PinnedCertificateSource,
  type SnsCertificateSource,
} from './sns-certificate.source.js';
import { parseSnsBody, type SnsEnvelope } from './sns-message.js';
import { isAllowedSnsUrl, verifySnsMessage } from './sns-signature.js';

export interface SnsOutcome {
  type: SnsEnvelope['Type'];
  duplicate: boolean;
  handled: string;
}

export interface SnsSubscription {
  messageId: string;
  topicArn: string;
  status: 'pending' | 'confirmed' | 'failed';
  receivedAt: string;
  confirmedAt: string | null;
  lastError: string | null;
}

/**
 * The SNS HTTPS endpoint's logic. Status codes follow SNS's retry rules (domain §1.3): 4xx for
 * what can never succeed (malformed, forged, foreign topic), 5xx only for what a retry can fix
 * (certificate unreachable, database down), 200 for everything stored, duplicates included.
 */
@Injectable()
export class SnsIntakeService {
  private readonly logger = new Logger('SNS');
  private readonly certificates: SnsCertificateSource;

  constructor(
    @InjectConfig() private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alarms: AlarmIngestService,
    private readonly audit: AuditLogService,
  ) {
    this.certificates = config.sns.certDir
      ? new PinnedCertificateSource(config.sns.certDir)
      : new HttpsCertificateSource();
  }

  async receive(body: unknown): Promise<SnsOutcome> {
    const text =
      typeof body === 'string'
        ? body
        : body && typeof body === 'object'
          ? JSON.stringify(body)
          : '';
    const parsed = parseSnsBody(text);
    if (!parsed.ok)
      throw new AppError('VALIDATION_FAILED', `Not an SNS message: ${parsed.reason}.`);
    const message = parsed.message;
    const verified = await verifySnsMessage(message, {
      certificates: this.certificates,
      allowedTopicArns: this.config.sns.topicArns,
    });
    if (!verified.ok) {
      if (verified.transient) {
        throw new AppError(
          'DEPENDENCY_DOWN',
          `Cannot verify the message yet: ${verified.reason}.`,
          {
            retryAfterSeconds: 20,
          },
        );
      }
      this.logger.warn(`refused SNS message ${message.MessageId}: ${verified.reason}`);
      throw new AppError('FORBIDDEN', `SNS message refused: ${verified.reason}.`);
    }

    const outcome = await this.dataSource.transaction(async (tx): Promise<SnsOutcome> => {
      const fresh = (await tx.query(
        `INSERT INTO sns_message (message_id, type, topic_arn) VALUES ($1, $2, $3)
         ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
        [message.MessageId, message.Type, message.TopicArn],
      )) as unknown[];
      if (!fresh.length)
        return { type: message.Type, duplicate: true, handled: 'already received' };

      if (message.Type === 'Notification') {
        const alarm = parseCloudWatchAlarmMessage(message.Message, { topicArn: message.TopicArn });
        if (!alarm.ok)
          return { type: message.Type, duplicate: false, handled: 'not a CloudWatch alarm; kept' };
        const recorded = await this.alarms.recordStateChange(tx, alarm.value, {
          via: 'sns',
          messageId: message.MessageId,
          raw: message,
        });
        return {
          type: message.Type,
          duplicate: !recorded.stored,
          handled: recorded.stored
            ? `alarm ${alarm.value.alarmName} → ${alarm.value.newState}`
            : 'transition already stored',
        };
      }
      if (message.Type === 'SubscriptionConfirmation') {
        await tx.query(
          `INSERT INTO sns_subscription (message_id, topic_arn, subscribe_url, token) VALUES ($1, $2, $3, $4)`,
          [message.MessageId, message.TopicArn, message.SubscribeURL, message.Token],
        );
        return {
          type: message.Type,
          duplicate: false,
          handled: 'subscription pending confirmation',
        };
      }
      // UnsubscribeConfirmation: recorded; its SubscribeURL would resubscribe, so it is never visited.
      return {
        type: message.Type,
        duplicate: false,
        handled: 'unsubscribe noted; link not followed',
      };
    });

    if (
      message.Type === 'SubscriptionConfirmation' &&
      !outcome.duplicate &&
      this.config.sns.autoConfirm
    ) {
      await this.confirm(message.MessageId, null);
    }
    return outcome;
  }

  async subscriptions(): Promise<SnsSubscription[]> {
    const rows = (await this.dataSource.query(
      `SELECT message_id, topic_arn, status, received_at, confirmed_at, last_error FROM sns_subscription
        ORDER BY received_at DESC LIMIT 200`,
    )) as {
      message_id: string;
      topic_arn: string;
      status: SnsSubscription['status'];
      received_at: Date;
      confirmed_at: Date | null;
      last_error: string | null;
    }[];
    return rows.map((r) => ({
      messageId: r.message_id,
      topicArn: r.topic_arn,
      status: r.status,
      receivedAt: r.received_at.toISOString(),
      confirmedAt: r.confirmed_at?.toISOString() ?? null,
      lastError: r.last_error,
    }));
  }

  /** Visits the SubscribeURL (already checked against the AWS host rule) to confirm. */
  async confirm(
    messageId: string,
    user: UserPrincipal | null,
    context?: RequestContext,
  ): Promise<SnsSubscription> {
    const [row] = (await this.dataSource.query(
      'SELECT subscribe_url, topic_arn, status FROM sns_subscription WHERE message_id = $1',
      [messageId],
    )) as { subscribe_url: string; topic_arn: string; status: string }[];
    if (!row) throw new AppError('NOT_FOUND', `No subscription confirmation ${messageId}.`);
    if (!isAllowedSnsUrl(row.subscribe_url, 'SubscribeURL')) {
      throw new AppError('RULE_VIOLATION', 'The SubscribeURL is not an AWS SNS address.');
    }
    let error: string | null = null;
    try {
      const res = await fetch(row.subscribe_url, {
        redirect: 'error',
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) error = `SNS answered ${res.status}`;
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE sns_subscription SET status = $2, confirmed_at = CASE WHEN $2 = 'confirmed' THEN now() END,
                confirmed_by = $3, last_error = $4 WHERE message_id = $1`,
        [messageId, error ? 'failed' : 'confirmed', user?.userId ?? null, error],
      );
      await this.audit.record(
        {
          category: 'admin',
          action: 'sns.subscription.confirm',
          outcome: error ? 'failure' : 'success',
          actor: user ? actorOf(user) : { type: 'system', id: 'sns-auto-confirm' },
          target: { type: 'sns_topic', id: row.topic_arn },
          ip: context?.ip,
          userAgent: context?.userAgent,
          metadata: error ? { error } : undefined,
        },
        tx,
      );
    });
    const all = await this.subscriptions();
    return all.find((s) => s.messageId === messageId) as SnsSubscription;
  }
}
