import type pg from 'pg';
import type { ReceivedMail } from '../../apps/api/test/mail-sink';

/** Rows stored for a source: all, distinct event ids, and how many of `ids` are missing. */
export const storedCounts = async (db: pg.Pool, source: string, ids: string[]) => {
  const [row] = (
    await db.query<{ total: number; distinct: number; missing: number }>(
      `SELECT (SELECT count(*)::int FROM audit_event WHERE source = $1) AS total,
              (SELECT count(DISTINCT event_id)::int FROM audit_event WHERE source = $1) AS distinct,
              (SELECT count(*)::int FROM unnest($2::text[]) AS want(id)
                WHERE NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.source = $1 AND e.event_id = want.id)) AS missing`,
      [source, ids],
    )
  ).rows;
  return row as { total: number; distinct: number; missing: number };
};

export interface VerifyReply {
  ok: boolean;
  checked: number;
  firstBroken?: { source: string; seq: number };
}

/** GET /api/v1/audit-events/verify (spec/api.md): recomputes every source's hash chain. */
export const verifyChain = async (apiUrl: string, token: string): Promise<VerifyReply> => {
  const res = await fetch(`${apiUrl}/api/v1/audit-events/verify`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  if (res.status !== 200) throw new Error(`verify answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as VerifyReply;
};

/** RFC 2047 encoded words (nodemailer writes non-ASCII subjects as =?UTF-8?Q|B?…?=). */
const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g,
      (_, _charset: string, enc: string, text: string) =>
        enc.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64').toString('utf8')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) =>
                  String.fromCharCode(parseInt(hex, 16)),
                ),
              'latin1',
            ).toString('utf8'),
    );

export const subjectOf = (mail: ReceivedMail): string => {
  const headers = mail.raw.split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const line = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  return decodeWords(line).trim();
};

/** "subject → recipient" for each mail received, to compare with the outbox as multisets. */
const messageIdOf = (mail: ReceivedMail): string | undefined => {
  const headers = (mail.raw.split(/\r?\n\r?\n/)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  return /^Message-ID: *(<[^>]+>)/im.exec(headers)?.[1];
};

/**
 * The mails as a recipient's mail system keeps them: a resend with a Message-ID already received is
 * the same message (SMTP is at least once: a worker killed after the relay accepted a message, but
 * before recording it, sends it again under the same id). Also returns how many were resends.
 */
export const byMessageId = (mails: ReceivedMail[]) => {
  const seen = new Set<string>();
  let withoutId = 0;
  const unique = mails.filter((mail) => {
    const id = messageIdOf(mail);
    if (id === undefined) {
      withoutId++;
      return true;
    }
    const key = `${id} ${mail.to.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { unique, resent: mails.length - unique.length, withoutId };
};

/** An obligation reminder or escalation mail, by its subject (not a sign-in code or a notice). */
export const isReminder = (subject: string) => /of the window|OVERDUE/.test(subject);

export const receivedKeys = (mails: ReceivedMail[], filter: (subject: string) => boolean) =>
  mails.flatMap((m) => {
    const subject = subjectOf(m);
    return filter(subject) ? m.to.map((to) => `${subject} → ${to}`) : [];
  });

/** Keys that occur more than once. */
export const duplicatesIn = (keys: string[]) => {
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key, n]) => `${n}× ${key}`);
};

/** Reminder rows due by now, sent or not, and the outbox messages written for them. */
export const reminderLedger = async (db: pg.Pool) => {
  const { rows: reminders } = await db.query<{
    id: string;
    sent: boolean;
    recipients: string[] | null;
  }>(
    `SELECT r.id, r.sent_at IS NOT NULL AS sent, r.recipients FROM obligation_reminder r
      WHERE r.due_at <= now() AND r.skipped_at IS NULL ORDER BY r.due_at`,
  );
  const { rows: outbox } = await db.query<{ subject: string; recipient: string; status: string }>(
    `SELECT subject, recipient, status FROM outbox WHERE purpose IN ('obligation-reminder', 'obligation-escalation')`,
  );
  return { reminders, outbox };
};

/** The multiset difference a − b, for readable failures. */
export const minus = (a: string[], b: string[]) => {
  const left = [...b];
  return a.filter((key) => {
    const i = left.indexOf(key);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
};
