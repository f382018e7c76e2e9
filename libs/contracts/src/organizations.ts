import { z } from 'zod';
import { emailSchema } from './auth.js';

/** Jurisdictions of the people whose data a client holds; drive which breach rules apply. */
export const JURISDICTIONS = ['CA-QC', 'CA', 'EU', 'US', 'UK', 'OTHER'] as const;
export const jurisdictionSchema = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const contactSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: emailSchema,
    role: z.string().trim().max(100).optional(),
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

export const organizationIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]{1,62}$/, {
  message: 'expected 2-63 lowercase letters, digits, "_" or "-"',
});

export const createOrganizationSchema = z
  .object({
    id: organizationIdSchema.optional(),
    name: z.string().trim().min(1).max(200),
    jurisdictions: z.array(jurisdictionSchema).max(JURISDICTIONS.length).default([]),
    contacts: z.array(contactSchema).max(50).default([]),
  })
  .strict();
export type CreateOrganization = z.infer<typeof createOrganizationSchema>;

export const updateOrganizationSchema = createOrganizationSchema
  .omit({ id: true })
  .partial()
  .strict();
export type UpdateOrganization = z.infer<typeof updateOrganizationSchema>;

export const organizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  jurisdictions: z.array(jurisdictionSchema),
  contacts: z.array(contactSchema),
  /** While set, the client's data may not be destroyed (`PUT /organizations/{id}/legal-hold`). */
  legalHold: z.object({ reason: z.string(), setAt: z.string(), setBy: z.string() }).nullable(),
  /** When the client's data was destroyed on its request; the organization stays as the record. */
  dataDestroyedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;
