import { z } from 'zod';
import { text, versionField } from '@/lib/validation/common';

export const MAX_NOTE_LENGTH = 10_000;
export const MAX_TAGS_PER_ANNOTATION = 20;
const MAX_OFFSET = 50_000_000;

const offset = (label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be a number of characters (Unicode code points).`) })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)
    .max(MAX_OFFSET, `${label} is past any article's end.`);

const id = text('A theme id').min(1).max(64);

const tagIds = z
  .array(id, { error: 'tagIds must be a list of theme ids.' })
  .max(MAX_TAGS_PER_ANNOTATION, `A highlight has at most ${MAX_TAGS_PER_ANNOTATION} themes.`)
  .transform((ids) => [...new Set(ids)]);

const note = text('note').max(MAX_NOTE_LENGTH, `A note has at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`);

/** POST /api/documents/:id/annotations */
export const createAnnotationSchema = z.object({
  start: offset('start'),
  end: offset('end'),
  exact: text('exact').max(1_000_000).nullish(),
  tagIds: tagIds.default([]),
  note: note.default(''),
});
export type CreateAnnotationInput = z.input<typeof createAnnotationSchema>;

/** PATCH /api/annotations/:id */
export const updateAnnotationSchema = z
  .object({ note: note.optional(), tagIds: tagIds.optional(), version: versionField.optional() })
  .refine((value) => value.note !== undefined || value.tagIds !== undefined, { message: 'Send a note or tagIds to change.', path: ['note'] });
export type UpdateAnnotationInput = z.input<typeof updateAnnotationSchema>;

export const idempotencyKeySchema = z.string().trim().min(8, 'An Idempotency-Key has 8 to 100 characters.').max(100, 'An Idempotency-Key has 8 to 100 characters.');
