import type { Role } from '@vigil/contracts';
import { randomUUID } from 'node:crypto';
import { CredentialService } from '../src/modules/auth/credential.service.js';
import { UsersService } from '../src/modules/users/users.service.js';
import { call, type Session } from './http-client.js';
import type { MailSink } from './mail-sink.js';
import type { TestApp } from './test-app.js';

const CONTEXT = { ip: '127.0.0.1', userAgent: 'jest' };

export const createUser = async (
  app: TestApp,
  role: Role,
  options: { email?: string; organizationId?: string } = {},
) =>
  app.app.get(UsersService).create(
    null,
    {
      email: options.email ?? `${role}-${randomUUID().slice(0, 8)}@example.test`,
      role,
      organizationId: options.organizationId,
      active: true,
    },
    CONTEXT,
  );

export const createToken = async (app: TestApp, email: string): Promise<string> =>
  (
    await app.app
      .get(CredentialService)
      .createPersonal(null, { name: `test ${email}`, userEmail: email }, CONTEXT)
  ).secret;

export const createIngestKey = async (app: TestApp, source = 'test-source'): Promise<string> =>
  (
    await app.app
      .get(CredentialService)
      .createIngestKey(null, { name: `test ${source}`, source }, CONTEXT)
  ).secret;

/** Signs in through the real OTP flow, reading the code from the mail sink. */
export const signIn = async (app: TestApp, mail: MailSink, email: string): Promise<Session> => {
  const requested = await call(app.url, '/api/v1/auth/otp', { method: 'POST', body: { email } });
  if (requested.status !== 202) throw new Error(`code request answered ${requested.status}`);
  const code = await mail.nextCode(email);
  const res = await fetch(`${app.url}/api/v1/auth/otp/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, code }),
  });
  if (res.status !== 200) throw new Error(`verify answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  if (!cookie) throw new Error('no session cookie');
  return { cookie, csrfToken };
};

/** Console audit events matching an action, newest first, straight from the table. */
export const auditEvents = async (app: TestApp, action: string) =>
  (await app.dataSource.query(
    `SELECT action, outcome, actor_type, actor_id, actor_email, ip, metadata, target_id
       FROM audit_event WHERE source = 'vigil' AND action = $1 ORDER BY seq DESC`,
    [action],
  )) as {
    action: string;
    outcome: string;
    actor_type: string;
    actor_id: string | null;
    actor_email: string | null;
    ip: string | null;
    metadata: Record<string, unknown> | null;
    target_id: string | null;
  }[];
