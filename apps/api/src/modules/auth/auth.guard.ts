import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { ACCESS_RULE, type AccessRule, roleMayUse } from '../../common/access.decorator.js';
import { AppError } from '../../common/app-error.js';
import { readCookie } from '../../common/cookies.js';
import {
  type AuthenticatedRequest,
  type Principal,
  requestContext,
} from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';
import { CredentialService } from './credential.service.js';
import { SessionService } from './session.service.js';
import { sessionCookieName } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Global guard: resolves the caller (bearer token/key or session cookie), then applies the route's
 * access rule. A route without a rule is denied. Cookie sessions need the CSRF header on unsafe
 * methods; bearer credentials cannot be sent by a browser on its own, so they do not.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @InjectConfig() private readonly config: Config,
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly credentials: CredentialService,
    private readonly audit: AuditLogService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const req = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!rule) throw new AppError('FORBIDDEN', 'This route has no access rule and is closed.');
    if (rule.kind === 'public') return true;

    const principal = await this.authenticate(req);
    if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in or send a valid bearer token.');
    req.principal = principal;

    if (rule.kind === 'ingest') {
      if (principal.kind !== 'ingest')
        throw new AppError('FORBIDDEN', 'This endpoint takes an ingest key.');
      return true;
    }
    if (principal.kind === 'ingest') {
      throw new AppError('FORBIDDEN', 'An ingest key can only call the ingest endpoints.');
    }
    if (!roleMayUse(principal.role, rule.roles)) {
      throw new AppError('FORBIDDEN', `The ${principal.role} role may not do this.`);
    }
    return true;
  }

  private async authenticate(req: AuthenticatedRequest): Promise<Principal | null> {
    const ctx = requestContext(req);
    const authorization = req.get('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      return match?.[1] ? this.credentials.resolve(match[1], ctx) : null;
    }
    const token = readCookie(req, sessionCookieName(this.config));
    if (!token) return null;
    const principal = await this.sessions.resolve(token, ctx);
    if (
      principal &&
      !SAFE_METHODS.has(req.method) &&
      !this.sessions.csrfTokenMatches(token, req.get('x-csrf-token'))
    ) {
      await this.audit.record({
        category: 'access',
        action: 'auth.csrf.rejected',
        outcome: 'failure',
        actor: { type: 'user', id: principal.userId, email: principal.email, role: principal.role },
        ip: ctx.ip,
        userAgent: ctx.userAgent,
        metadata: { method: req.method, path: req.path },
      });
      throw new AppError(
        'FORBIDDEN',
        'Missing or wrong X-CSRF-Token; fetch one from GET /api/v1/auth/csrf.',
      );
    }
    return principal;
  }
}
