import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface ThrottleResult {
  allowed: boolean;
  hits: number;
  retryAfterSeconds: number;
}

/**
 * Fixed-window counters and lockouts kept in Postgres, so every replica (and the embedded default
 * without Redis) enforces the same limits.
 */
@Injectable()
export class ThrottleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(key: string, limit: number, windowSeconds: number): Promise<ThrottleResult> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO auth_throttle AS t (key, hits, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2) THEN 1 ELSE t.hits + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2)
                                  THEN now() ELSE t.window_started_at END
       RETURNING hits,
         ceil(extract(epoch FROM window_started_at + make_interval(secs => $2) - now()))::int AS retry_after`,
      [key, windowSeconds],
    )) as [{ hits: number; retry_after: number }];
    return {
      allowed: row.hits <= limit,
      hits: row.hits,
      retryAfterSeconds: Math.max(1, row.retry_after),
    };
  }

  async lock(key: string, seconds: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO auth_throttle (key, hits, window_started_at, locked_until)
       VALUES ($1, 0, now(), now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET locked_until = now() + make_interval(secs => $2)`,
      [key, seconds],
    );
  }

  /** Seconds left on a lock, or 0 when unlocked. */
  async lockedFor(key: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT ceil(extract(epoch FROM locked_until - now()))::int AS left FROM auth_throttle
        WHERE key = $1 AND locked_until > now()`,
      [key],
    )) as { left: number }[];
    return row ? Math.max(1, row.left) : 0;
  }

  async clear(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM auth_throttle WHERE key = $1', [key]);
  }
}
