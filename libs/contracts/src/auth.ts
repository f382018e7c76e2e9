import { z } from 'zod';

export const ROLES = [
  'admin',
  'security_lead',
  'responder',
  'dpo',
  'auditor',
  'client_auditor',
] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The console's languages: English, and French as written in Québec. */
export const LOCALES = ['en', 'fr-CA'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** Deliberately plain: intranet addresses such as admin@localhost must pass. */
export const EMAIL_PATTERN = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+$/;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(EMAIL_PATTERN, { message: 'expected an email address' });

export const requestOtpSchema = z.object({ email: emailSchema }).strict();
export type RequestOtp = z.infer<typeof requestOtpSchema>;

export const verifyOtpSchema = z
  .object({
    email: emailSchema,
    code: z.string().regex(/^\d{6}$/, { message: 'expected the 6-digit code' }),
  })
  .strict();
export type VerifyOtp = z.infer<typeof verifyOtpSchema>;

export const currentUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  organizationId: z.string().optional(),
  displayName: z.string().nullable(),
  /** The language this person chose; null follows the browser. */
  locale: localeSchema.nullable(),
  /** How this request was authenticated. */
  via: z.enum(['session', 'token']),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;

/** What a person may change about themselves. */
export const updatePreferencesSchema = z.object({ locale: localeSchema.nullable() }).strict();
export type UpdatePreferences = z.infer<typeof updatePreferencesSchema>;

export const signInResultSchema = z.object({ user: currentUserSchema, csrfToken: z.string() });
export type SignInResult = z.infer<typeof signInResultSchema>;

export const csrfTokenSchema = z.object({ token: z.string() });

export const ssoStatusSchema = z.object({ enabled: z.boolean(), issuer: z.string().nullable() });
export type SsoStatus = z.infer<typeof ssoStatusSchema>;
