import { z } from 'zod';
import { idField, text, versionField } from '@/lib/validation/common';

export const TAG_NAME_MAX = 60;
export const TAG_DESCRIPTION_MAX = 500;

const name = text('name').trim().min(1, 'Name the theme.').max(TAG_NAME_MAX, `A theme name has at most ${TAG_NAME_MAX} characters.`);
const color = text('color').trim().regex(/^#[0-9a-fA-F]{6}$/, 'Pick a colour as #rrggbb.').transform((value) => value.toLowerCase());
const description = text('description').trim().max(TAG_DESCRIPTION_MAX, `A description has at most ${TAG_DESCRIPTION_MAX} characters.`);
const shortcut = z.union([z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9']), z.null()], { error: 'A shortcut is a digit from 1 to 9, or none.' });

/** POST /api/tags */
export const createTagSchema = z.object({
  teamId: idField('teamId'),
  name,
  color,
  description: description.default(''),
  shortcut: shortcut.default(null),
});
export type CreateTagInput = z.input<typeof createTagSchema>;

/** PATCH /api/tags/:id */
export const updateTagSchema = z
  .object({
    name: name.optional(),
    color: color.optional(),
    description: description.optional(),
    shortcut: shortcut.optional(),
    archived: z.boolean().optional(),
    version: versionField.optional(),
  })
  .refine((value) => Object.keys(value).some((key) => key !== 'version'), { message: 'Send at least one field to change.', path: ['name'] });
export type UpdateTagInput = z.input<typeof updateTagSchema>;

/** POST /api/tags/:id/merge: the theme in the path is merged into `into`, which survives. */
export const mergeTagSchema = z.object({ into: idField('into') });

export const listTagsQuerySchema = z.object({
  teamId: idField('teamId'),
  archived: z.enum(['include', 'exclude', 'only']).default('exclude'),
});
