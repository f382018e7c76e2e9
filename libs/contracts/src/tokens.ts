import { z } from 'zod';
import { emailSchema } from './auth.js';

const expiresAtSchema = z.iso
  .datetime({ offset: true, message: 'expected an RFC 3339 time' })
  .refine((value) => Date.parse(value) > Date.now(), { message: 'must be in the future' });

export const createApiTokenSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** The user the token acts as; defaults to the caller. */
    userEmail: emailSchema.optional(),
    expiresAt: expiresAtSchema.optional(),
  })
  .strict();
export type CreateApiToken = z.infer<typeof createApiTokenSchema>;

export const sourceNameSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, {
  message: 'expected a source name like "app-prod" or "aws.cloudtrail"',
});

export const createIngestKeySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    source: sourceNameSchema,
    expiresAt: expiresAtSchema.optional(),
  })
  .strict();
export type CreateIngestKey = z.infer<typeof createIngestKeySchema>;

export const credentialSchema = z.object({
  id: z.string(),
  kind: z.enum(['personal', 'ingest']),
  name: z.string(),
  /** The first characters of the secret, to recognise it; the rest is never stored. */
  prefix: z.string(),
  userEmail: z.string().nullable(),
  source: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Credential = z.infer<typeof credentialSchema>;

/** Returned once, at creation: the only time the secret is visible. */
export const createdCredentialSchema = z.object({
  credential: credentialSchema,
  secret: z.string(),
});
export type CreatedCredential = z.infer<typeof createdCredentialSchema>;
