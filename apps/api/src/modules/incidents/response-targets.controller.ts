import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type ResponseTarget, responseTargetsSchema } from '@vigil/contracts';
import type { z } from 'zod';
import { Roles } from '../../common/access.decorator.js';
import {
  Context,
  CurrentUser,
  type RequestContext,
  type UserPrincipal,
} from '../../common/principal.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { INCIDENT_READERS } from './incidents.controller.js';
import { ResponseTargetsService } from './response-targets.service.js';

type Targets = { items: (ResponseTarget & { isDefault: boolean })[] };

@ApiTags('incidents')
@Controller('api/v1/response-targets')
export class ResponseTargetsController {
  constructor(private readonly targets: ResponseTargetsService) {}

  @Get()
  @Roles(...INCIDENT_READERS)
  async list(): Promise<Targets> {
    return { items: await this.targets.list() };
  }

  @Put()
  @Roles('admin')
  async replace(
    @Body(new ZodValidationPipe(responseTargetsSchema)) body: z.infer<typeof responseTargetsSchema>,
    @CurrentUser() user: UserPrincipal,
    @Context() context: RequestContext,
  ): Promise<Targets> {
    return { items: await this.targets.replace(user, body, context) };
  }
}
