import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Alarm, type AlarmDetail, alarmStateSchema } from '@vigil/contracts';
import { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { ALERT_READERS } from '../alerts/alerts.controller.js';
import { AlarmsQueryService } from './alarms-query.service.js';

const alarmQuerySchema = z
  .object({ state: alarmStateSchema.optional(), q: z.string().max(200).optional() })
  .strict();

@ApiTags('alarms')
@Controller('api/v1/alarms')
export class AlarmsController {
  constructor(private readonly alarms: AlarmsQueryService) {}

  @Get()
  @Roles(...ALERT_READERS)
  async list(
    @Query(new ZodValidationPipe(alarmQuerySchema)) query: z.infer<typeof alarmQuerySchema>,
  ): Promise<{ items: Alarm[]; nextCursor: null }> {
    return { items: await this.alarms.list(query), nextCursor: null };
  }

  @Get(':id')
  @Roles(...ALERT_READERS)
  get(@Param('id') id: string): Promise<AlarmDetail> {
    return this.alarms.get(id);
  }
}
