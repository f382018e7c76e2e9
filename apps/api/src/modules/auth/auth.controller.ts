import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CurrentUser as CurrentUserBody,
  type RequestOtp,
  requestOtpSchema,
  type SignInResult,
  type UpdatePreferences,
  updatePreferencesSchema,
  type VerifyOtp,
  verifyOtpSchema,
} from '@vigil/contracts';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../../common/access.decorator.js';
import { AppError } from '../../common/app-error.js';
import { readCookie } from '../../common/cookies.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { InjectConfig } from '../../config/config.module.js';
import type { Config } from '../../config/config.js';
import { OtpService } from './otp.service.js';
import { PreferencesService } from './preferences.service.js';
import { SessionService } from './session.service.js';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from './session-cookie.js';

export const toCurrentUser = (user: UserPrincipal): CurrentUserBody => ({
  id: user.userId,
  email: user.email,
  role: user.role,
  ...(user.organizationId ? { organizationId: user.organizationId } : {}),
  displayName: user.displayName,
  locale: user.locale,
  via: user.via,
});

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    @InjectConfig() private readonly config: Config,
    private readonly otp: OtpService,
    private readonly sessions: SessionService,
    private readonly preferences: PreferencesService,
  ) {}

  @Post('otp')
  @Public()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Mail a 6-digit sign-in code (202 whether or not the address has an account)',
  })
  async requestCode(
    @Body(new ZodValidationPipe(requestOtpSchema)) body: RequestOtp,
    @Context() context: RequestContext,
  ): Promise<{ message: string }> {
    await this.otp.request(body.email, context);
    return {
      message:
        'If this address belongs to an active account, a code is on its way. It works for 10 minutes.',
    };
  }

  @Post('otp/verify')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange the code for a session cookie' })
  async verifyCode(
    @Body(new ZodValidationPipe(verifyOtpSchema)) body: VerifyOtp,
    @Context() context: RequestContext,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<SignInResult> {
    const previousToken = readCookie(req, sessionCookieName(this.config));
    const previous = previousToken ? await this.sessions.resolve(previousToken, context) : null;
    const signedIn = await this.otp.verify(body.email, body.code, context, previous ?? undefined);
    setSessionCookie(res, this.config, signedIn.token, signedIn.maxAgeMs);
    return { user: toCurrentUser(signedIn.user), csrfToken: signedIn.csrfToken };
  }

  @Get('session')
  @Public()
  @ApiOperation({
    summary:
      'The signed-in user and CSRF token, or { user: null }: lets the dashboard ask without a 401',
  })
  async session(
    @Req() req: Request,
    @Context() context: RequestContext,
  ): Promise<SignInResult | { user: null }> {
    const token = readCookie(req, sessionCookieName(this.config));
    const user = token ? await this.sessions.resolve(token, context) : null;
    if (!token || !user) return { user: null };
    return { user: toCurrentUser(user), csrfToken: this.sessions.csrfTokenFor(token) };
  }

  @Get('me')
  @SignedIn()
  me(@CurrentUser() user: UserPrincipal): CurrentUserBody {
    return toCurrentUser(user);
  }

  @Patch('me')
  @SignedIn()
  @ApiOperation({ summary: "Change the caller's own preferences (the console language)" })
  async updateMe(
    @Body(new ZodValidationPipe(updatePreferencesSchema)) body: UpdatePreferences,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<CurrentUserBody> {
    return toCurrentUser(await this.preferences.update(user, body, context));
  }

  @Get('csrf')
  @SignedIn()
  @ApiOperation({
    summary: 'The CSRF token to send as X-CSRF-Token with every unsafe cookie-session request',
  })
  csrf(@Req() req: Request, @CurrentUser() user: UserPrincipal): { token: string } {
    const token = readCookie(req, sessionCookieName(this.config));
    if (user.via !== 'session' || !token) {
      throw new AppError('RULE_VIOLATION', 'Bearer credentials need no CSRF token.');
    }
    return { token: this.sessions.csrfTokenFor(token) };
  }

  @Post('logout')
  @SignedIn()
  @HttpCode(204)
  async logout(
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.sessions.end(user, 'logout', context);
    clearSessionCookie(res, this.config);
  }
}
