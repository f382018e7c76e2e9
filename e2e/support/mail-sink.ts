import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { inboxFile } from './paths';

export interface ReceivedMail {
  to: string[];
  raw: string;
  receivedAt: number;
}

export interface MailSink {
  url: string;
  close: () => Promise<void>;
}

/**
 * The tests' inbox: an SMTP server in the Jest parent process that appends every message to
 * e2e/artifacts/mail/inbox.ndjson, where test workers (other processes) can read it.
 */
export const startMailSink = async (): Promise<MailSink> => {
  rmSync(inboxFile, { force: true });
  mkdirSync(dirname(inboxFile), { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw,
          receivedAt: Date.now(),
        };
        appendFileSync(inboxFile, `${JSON.stringify(mail)}\n`);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const readInbox = (): ReceivedMail[] =>
  existsSync(inboxFile)
    ? readFileSync(inboxFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as ReceivedMail)
    : [];

/** The 6-digit code from the newest sign-in mail to `to` received at or after `since`. */
export const waitForSignInCode = async (
  to: string,
  since: number,
  timeoutMs = 15_000,
): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // Reminders to the same person can arrive after the code: take the newest mail with a code.
    // Quoted-printable soft line breaks could split the sentence.
    const code = readInbox()
      .filter((m) => m.receivedAt >= since && m.to.includes(to.toLowerCase()))
      .map((m) => /code is (\d{6})/.exec(m.raw.replace(/=\r?\n/g, ''))?.[1])
      .findLast((found) => found !== undefined);
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No sign-in code mailed to ${to} within ${timeoutMs / 1000} s`);
};
