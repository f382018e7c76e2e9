import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { CredentialService } from './credential.service.js';
import { CredentialsController } from './credentials.controller.js';
import { OidcClientService } from './oidc-client.service.js';
import { OidcController } from './oidc.controller.js';
import { OidcService } from './oidc.service.js';
import { OtpService } from './otp.service.js';
import { PreferencesService } from './preferences.service.js';
import { SessionService } from './session.service.js';
import { ThrottleService } from './throttle.service.js';

@Module({
  imports: [NotificationsModule],
  controllers: [AuthController, OidcController, CredentialsController],
  providers: [
    SessionService,
    CredentialService,
    OtpService,
    PreferencesService,
    OidcService,
    OidcClientService,
    ThrottleService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService, CredentialService],
})
export class AuthModule {}
