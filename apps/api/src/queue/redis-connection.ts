/** Keep retrying while Redis is away; Postgres holds the truth and the sweeper catches up. */
export const redisRetryStrategy = (attempt: number): number => Math.min(attempt * 250, 2_000);
