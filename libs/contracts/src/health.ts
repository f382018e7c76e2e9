import { z } from 'zod';

export const dependencyCheckSchema = z.object({
  status: z.enum(['up', 'down']),
  latencyMs: z.number().optional(),
  error: z.string().optional(),
});
export type DependencyCheck = z.infer<typeof dependencyCheckSchema>;

export const readinessSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  checks: z.object({
    postgres: dependencyCheckSchema,
    redis: dependencyCheckSchema.optional(),
  }),
  /** Names of the dependencies that are down, so a 503 says what to fix. */
  down: z.array(z.string()),
  mode: z.object({
    database: z.enum(['embedded', 'external']),
    timers: z.enum(['redis', 'in-process']),
  }),
  version: z.string(),
});
export type Readiness = z.infer<typeof readinessSchema>;
