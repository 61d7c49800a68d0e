import { z } from 'zod';
import { newPasswordSchema } from '@/lib/validation/auth';
import { text } from '@/lib/validation/common';

/** PATCH /api/account */
export const updateAccountSchema = z.object({
  name: text('name').trim().min(1, 'Enter a name.').max(120, 'A name has at most 120 characters.'),
});
export type UpdateAccountInput = z.input<typeof updateAccountSchema>;

/** PUT /api/account/password */
export const changePasswordSchema = z.object({
  currentPassword: z.string({ error: 'Enter your current password.' }).min(1, 'Enter your current password.').max(1024),
  newPassword: newPasswordSchema,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
