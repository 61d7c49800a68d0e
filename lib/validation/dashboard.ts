// Query of GET /api/documents/:id/summary.
import { z } from 'zod';

export const MAX_DENSITY_BINS = 500;

/** `?bins=N`: how many bands the density strip has (1-500, default 60). */
export const documentSummaryQuerySchema = z.object({
  bins: z.coerce
    .number({ error: 'bins must be a whole number.' })
    .int('bins must be a whole number.')
    .min(1, 'bins must be at least 1.')
    .max(MAX_DENSITY_BINS, `bins must be at most ${MAX_DENSITY_BINS}.`)
    .optional(),
});
export type DocumentSummaryQuery = z.infer<typeof documentSummaryQuerySchema>;
