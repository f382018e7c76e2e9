import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A local SMTP server that keeps what it receives: the test's inbox. */
export interface MailSink {
  url: string;
  mails: ReceivedMail[];
  /** Waits for the next mail to an address and returns the 6-digit code in it. */
  nextCode(to: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

export const startMailSink = async (): Promise<MailSink> => {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), raw });
        callback();
      });
    },
  });
  // A sender killed mid-message resets its connection; that is the sender's fault, not the sink's.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  let consumed = 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async nextCode(to, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const index = mails.findIndex((m, i) => i >= consumed && m.to.includes(to.toLowerCase()));
        if (index >= 0) {
          consumed = index + 1;
          const code = /code is (\d{6})/.exec(mails[index]?.raw ?? '')?.[1];
          if (!code) throw new Error(`the mail to ${to} holds no code`);
          return code;
        }
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
