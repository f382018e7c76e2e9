import { Controller, Get, Query, Redirect, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SsoStatus } from '@vigil/contracts';
import type { Request, Response } from 'express';
import { Public } from '../../common/access.decorator.js';
import { readCookie } from '../../common/cookies.js';
import { Context, type RequestContext } from '../../common/principal.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import type { SsoFailureReason } from './oidc.exception.js';
import { OidcService, SSO_STATE_TTL_SECONDS } from './oidc.service.js';
import { cookieIsSecure, setSessionCookie } from './session-cookie.js';

const STATE_COOKIE_PATH = '/api/v1/auth/sso';
const stateCookieName = (config: Config) =>
  cookieIsSecure(config) ? '__Secure-vigil_sso_state' : 'vigil_sso_state';
// Lax, not Strict: the provider's redirect back is a cross-site navigation, and must carry it.
const stateCookieOptions = (config: Config) => ({
  httpOnly: true,
  secure: cookieIsSecure(config),
  sameSite: 'lax' as const,
  path: STATE_COOKIE_PATH,
});

/** Express's default query parser may give arrays or nothing; only a single string counts. */
const single = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length <= 2048 ? value : undefined;

const failure = (reason: SsoFailureReason) => ({
  url: `/sign-in?sso_error=${reason}`,
  statusCode: 302,
});

@ApiTags('auth')
@Controller('api/v1/auth/sso')
export class OidcController {
  constructor(
    @InjectConfig() private readonly config: Config,
    private readonly oidc: OidcService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether sign-in with the OpenID Connect provider is offered' })
  status(): SsoStatus {
    return this.oidc.status();
  }

  @Get('start')
  @Public()
  @Redirect()
  @ApiOperation({
    summary: "Redirect to the identity provider's sign-in (404 when not configured)",
  })
  async start(
    @Context() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ url: string; statusCode: number }> {
    const started = await this.oidc.start(context);
    res.setHeader('Cache-Control', 'no-store');
    if (!started.ok) return failure(started.reason);
    res.cookie(stateCookieName(this.config), started.state, {
      ...stateCookieOptions(this.config),
      maxAge: SSO_STATE_TTL_SECONDS * 1000,
    });
    return { url: started.url, statusCode: 302 };
  }

  @Get('callback')
  @Public()
  @Redirect()
  @ApiOperation({ summary: 'Where the identity provider sends the browser back; sets the session' })
  async callback(
    @Query() query: Record<string, unknown>,
    @Context() context: RequestContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ url: string; statusCode: number }> {
    const outcome = await this.oidc.callback(
      {
        code: single(query.code),
        state: single(query.state),
        error: single(query.error),
        boundState: readCookie(req, stateCookieName(this.config)),
      },
      context,
    );
    res.setHeader('Cache-Control', 'no-store');
    res.clearCookie(stateCookieName(this.config), stateCookieOptions(this.config));
    if (!outcome.ok) return failure(outcome.reason);
    setSessionCookie(res, this.config, outcome.token, outcome.maxAgeMs);
    return { url: '/', statusCode: 302 };
  }
}
