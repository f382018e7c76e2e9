import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UpdatePreferences } from '@vigil/contracts';
import { DataSource } from 'typeorm';
import type { RequestContext, UserPrincipal } from '../../common/principal.js';
import { AuditLogService } from '../audit-events/audit-log.service.js';

/** What each person sets for themselves, whatever their role: today, the console's language. */
@Injectable()
export class PreferencesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async update(
    user: UserPrincipal,
    input: UpdatePreferences,
    context: RequestContext,
  ): Promise<UserPrincipal> {
    if (input.locale === user.locale) return user;
    await this.dataSource.transaction(async (tx) => {
      await tx.query('UPDATE app_user SET locale = $2 WHERE id = $1', [user.userId, input.locale]);
      await this.audit.recordAdminAction(
        tx,
        user,
        context,
        'user.preferences.update',
        { type: 'user', id: user.userId, name: user.email },
        { locale: { from: user.locale, to: input.locale } },
      );
    });
    return { ...user, locale: input.locale };
  }
}
