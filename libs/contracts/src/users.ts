import { z } from 'zod';
import { emailSchema, roleSchema } from './auth.js';
import { organizationIdSchema } from './organizations.js';

const boundToOrganization = <T extends { role?: string; organizationId?: string | null }>(
  value: T,
) => value.role !== 'client_auditor' || !!value.organizationId;

export const createUserSchema = z
  .object({
    email: emailSchema,
    role: roleSchema,
    organizationId: organizationIdSchema.optional(),
    displayName: z.string().trim().min(1).max(200).optional(),
    active: z.boolean().default(true),
  })
  .strict()
  .refine(boundToOrganization, {
    message: 'a client_auditor is bound to one organization',
    path: ['organizationId'],
  });
export type CreateUser = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({
    role: roleSchema.optional(),
    organizationId: organizationIdSchema.nullable().optional(),
    displayName: z.string().trim().min(1).max(200).nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict();
export type UpdateUser = z.infer<typeof updateUserSchema>;

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  organizationId: z.string().nullable(),
  displayName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
});
export type User = z.infer<typeof userSchema>;
