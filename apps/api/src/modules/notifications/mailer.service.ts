import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /**
   * A key that names this message for good (an outbox row's id). SMTP delivery is at least once —
   * a worker killed after the relay accepted a message but before recording it sends it again —
   * so the resend carries the same Message-ID, and mail systems recognise it as the same message.
   */
  key?: string;
}

/** SMTP delivery through SMTP_URL; null transport (log only) in the embedded default. */
@Injectable()
export class MailerService implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@InjectConfig() private readonly config: Config) {
    this.transport = config.smtpUrl
      ? // One connection per message (set SMTP_URL's ?pool=true to change it): a pooled
        // connection the relay closed while idle fails the send, and a sign-in code is not retried.
        createTransport(config.smtpUrl, {
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 10_000,
        })
      : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new Error('no SMTP_URL configured');
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.key
        ? { messageId: `<${mail.key}@${new URL(this.config.publicUrl).hostname}>` }
        : {}),
    });
  }

  /** Without SMTP the message is written to the server log, so a first user can still sign in. */
  log(mail: Mail): void {
    this.logger.warn(`No SMTP_URL: mail to ${mail.to} — ${mail.subject}\n${mail.text}`);
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
