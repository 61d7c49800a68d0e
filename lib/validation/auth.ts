import { z } from 'zod';
export const MIN_PASSWORD_LENGTH = 8;

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'An email address has at most 254 characters.')
  .email('Enter an email address such as name@example.org.')
  .transform((email) => email.toLowerCase());

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password.').max(1024),
});

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `A password has at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(1024, 'A password has at most 1024 characters.');

export const roleSchema = z.enum(['OWNER', 'EDITOR', 'VIEWER']);

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name.').max(120, 'A name has at most 120 characters.'),
  password: newPasswordSchema,
  team: z.string().trim().min(1, 'Name the team.').max(120, 'A team name has at most 120 characters.'),
  role: roleSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;
