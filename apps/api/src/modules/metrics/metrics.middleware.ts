import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service.js';

@Injectable()
export class MetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const stop = this.metrics.httpDuration.startTimer();
    res.once('finish', () => {
      // The route pattern, not the raw path, keeps the label set bounded.
      const route = (req.route as { path?: string } | undefined)?.path;
      stop({
        method: req.method,
        route: route ? `${req.baseUrl}${route}` : 'unmatched',
        status: res.statusCode,
      });
    });
    next();
  }
}
