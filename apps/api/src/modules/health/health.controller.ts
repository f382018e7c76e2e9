import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Readiness } from '@vigil/contracts';
import type { Response } from 'express';
import { Public } from '../../common/access.decorator.js';
import { HealthService } from './health.service.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('live')
  @ApiOperation({ summary: '200 while the process runs' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary: '200 when Postgres (and Redis, when configured) answer; 503 naming what is down',
  })
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    const readiness = await this.health.readiness();
    res.setHeader('Cache-Control', 'no-store');
    if (readiness.status !== 'ok') {
      res.status(503).setHeader('Retry-After', '5');
    }
    return readiness;
  }
}
