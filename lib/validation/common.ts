import { z } from 'zod';

/** A record id from a URL. */
export const idSchema = z.string().min(1).max(64);

export const teamQuerySchema = z.object({ teamId: z.string().min(1, 'teamId is required.').max(64) });
