import { z } from 'zod';
import { idField, text, versionField } from '@/lib/validation/common';

export const RATIONALE_MAX = 2000;

const rationale = text('rationale').max(RATIONALE_MAX, `A rationale has at most ${RATIONALE_MAX.toLocaleString('en')} characters.`);
const version = versionField.optional();

/** PUT /api/annotations/:id/rating */
export const passageRatingSchema = z.object({
  credibility: z
    .number({ error: (issue) => (issue.input === undefined ? 'credibility is required.' : 'credibility is a whole number from 1 to 6.') })
    .int('credibility is a whole number from 1 to 6.')
    .min(1, 'credibility is a whole number from 1 to 6.')
    .max(6, 'credibility is a whole number from 1 to 6.'),
  rationale: rationale.default(''),
  version,
});
export type PassageRatingInput = z.input<typeof passageRatingSchema>;

/** PUT /api/sources/:id/rating */
export const sourceRatingSchema = z.object({
  reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F'], { error: 'reliability is a letter from A to F.' }),
  rationale: rationale.default(''),
  version,
});
export type SourceRatingInput = z.input<typeof sourceRatingSchema>;

/** PATCH /api/teams/:id */
export const teamSettingsSchema = z.object({ blindRatings: z.boolean({ error: 'blindRatings is true or false.' }) });

export const sourcesQuerySchema = z.object({ teamId: idField('teamId') });
