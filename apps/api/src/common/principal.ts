import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Locale, Role } from '@vigil/contracts';
import type { Request } from 'express';
import { AppError } from './app-error.js';

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  email: string;
  role: Role;
  organizationId: string | null;
  displayName: string | null;
  locale: Locale | null;
  via: 'session' | 'token';
  /** sha256 of the session cookie, for session-authenticated requests. */
  sessionIdHash?: Buffer;
  credentialId?: string;
}

export interface IngestPrincipal {
  kind: 'ingest';
  credentialId: string;
  source: string;
  name: string;
}

export type Principal = UserPrincipal | IngestPrincipal;

/** Who is calling and from where: what every audit event about a request needs. */
export interface RequestContext {
  ip: string | undefined;
  userAgent: string | undefined;
}

export type AuthenticatedRequest = Request & { principal?: Principal };

export const requestContext = (req: Request): RequestContext => ({
  ip: req.ip?.replace(/^::ffff:/, ''),
  userAgent: req.get('user-agent')?.slice(0, 1024),
});

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): UserPrincipal => {
    const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (principal?.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in first.');
    return principal;
  },
);

export const CurrentIngestKey = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): IngestPrincipal => {
    const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
    if (principal?.kind !== 'ingest')
      throw new AppError('UNAUTHENTICATED', 'An ingest key is required.');
    return principal;
  },
);

export const Context = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContext =>
  requestContext(ctx.switchToHttp().getRequest<Request>()),
);

/** The audit-log actor for a signed-in user. */
export const actorOf = (user: UserPrincipal) => ({
  type: 'user' as const,
  id: user.userId,
  email: user.email,
  role: user.role,
});
