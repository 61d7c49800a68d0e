import { z } from 'zod';
import { text } from '@/lib/validation/common';

export const TOKEN_NAME_MAX = 80;

/** POST /api/tokens */
export const createTokenSchema = z.object({
  name: text('name').trim().min(1, 'Name the token (what script uses it?).').max(TOKEN_NAME_MAX, `A token name has at most ${TOKEN_NAME_MAX} characters.`),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;
