import { emailSchema } from '@vigil/contracts';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const urlWithProtocols = (protocols: string[]) =>
  z
    .string()
    .refine((value) => URL.canParse(value), { message: 'expected a URL', abort: true })
    .refine((value) => protocols.includes(new URL(value).protocol), {
      message: `expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    });

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Every variable Vigil reads. Nothing outside config/ touches process.env. */
export const envSchema = z.object({
  PORT: z.coerce
    .number({ message: 'expected a whole number' })
    .int({ message: 'expected a whole number' })
    .min(0, { message: 'expected a port from 0 to 65535 (0 picks a free one)' })
    .max(65535, { message: 'expected a port from 0 to 65535 (0 picks a free one)' })
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optional(urlWithProtocols(['postgres:', 'postgresql:'])),
  DATABASE_MIGRATION_URL: optional(urlWithProtocols(['postgres:', 'postgresql:'])),
  REDIS_URL: optional(urlWithProtocols(['redis:', 'rediss:'])),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, { message: 'expected 1-64 letters, digits, ":", "_" or "-"' })
    .default('vigil'),
  SMTP_URL: optional(urlWithProtocols(['smtp:', 'smtps:'])),
  MAIL_FROM: z.string().min(3).default('Vigil <vigil@localhost>'),
  PUBLIC_URL: optional(urlWithProtocols(['http:', 'https:'])),
  SESSION_SECRET: optional(z.string().min(32, { message: 'expected at least 32 characters' })),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('.data'),
  WEB_DIST_DIR: z.string().min(1).default('dist/web'),
  EMBEDDED_PG_PORT: optional(z.coerce.number().int().min(1024).max(65535)),
  RUN_WORKERS: booleanFlag.default(true),
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(10_000),
  TRUST_PROXY: booleanFlag.default(false),
  AUDIT_SIGNING_KEY: optional(
    z.string().includes('PRIVATE KEY', { message: 'expected a PEM private key (Ed25519)' }),
  ),
  COMPANY_NAME: optional(z.string().trim().min(1).max(200)),
  COMPANY_NEQ: optional(
    z.string().regex(/^\d{10}$/, { message: 'expected the 10-digit Québec enterprise number' }),
  ),
  TIME_ZONE: z
    .string()
    .default('America/Toronto')
    .refine(
      (zone) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      },
      { message: 'expected an IANA time zone, e.g. America/Toronto' },
    ),
  BACKUP_RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(7),
  AUDIT_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(12),
  SNS_TOPIC_ARNS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((arn) => arn.trim())
        .filter(Boolean),
    )
    .refine((arns) => arns.every((arn) => /^arn:aws[a-z-]*:sns:\S+$/.test(arn)), {
      message: 'expected a comma-separated list of SNS topic ARNs',
    }),
  SNS_CERT_DIR: optional(z.string().min(1)),
  SNS_AUTO_CONFIRM: booleanFlag.default(false),
  VIGIL_ADMIN_EMAIL: emailSchema.default('admin@localhost'),
  OIDC_ISSUER: optional(urlWithProtocols(['https:', 'http:'])),
  OIDC_CLIENT_ID: optional(z.string().min(1)),
  OIDC_CLIENT_SECRET: optional(z.string().min(1)),
  // No length rule here: backup says what is wrong without echoing the value.
  VIGIL_BACKUP_PASSPHRASE: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;
