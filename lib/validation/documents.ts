import { z } from 'zod';
import { idField, isStorableText } from '@/lib/validation/common';

/** True for a real calendar date (Date.parse accepts 2024-02-30 and rolls it over). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} has at most ${max} characters.`)
    .refine(isStorableText, `${label} contains a character that cannot be stored.`)
    .nullish()
    .transform((value) => (value ? value : null));

/** Metadata of an imported article; every field may be left empty rather than guessed. */
export const documentMetaSchema = z.object({
  title: optionalText(300, 'A title'),
  source: optionalText(120, 'An outlet name'),
  author: optionalText(200, 'An author'),
  publishedDate: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as YYYY-MM-DD.')
    .refine(isCalendarDate, 'That date does not exist.')
    .nullish()
    .transform((value) => value ?? null),
  url: z
    .string()
    .trim()
    .max(2000)
    .url('Enter a full URL such as https://example.org/article.')
    .refine((value) => /^https?:\/\//i.test(value), 'Only http and https links are allowed.')
    .nullish()
    .transform((value) => value ?? null),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'Use a language code such as en, fa or ru.')
    .nullish()
    .transform((value) => value ?? null),
});
export type DocumentMeta = z.input<typeof documentMetaSchema>;

/** The largest raw article (text, Markdown or a whole HTML page), for every way in. */
export const MAX_RAW_CHARS = 5 * 1024 * 1024;

export const importDocumentSchema = z.object({
  teamId: z.string().min(1),
  raw: z
    .string()
    .max(MAX_RAW_CHARS, `An article has at most ${MAX_RAW_CHARS.toLocaleString('en')} characters.`)
    .refine((raw) => raw.trim().length > 0, 'The article has no text.')
    .refine(isStorableText, 'The article contains a character that cannot be stored (a NUL byte or a broken surrogate): is it a binary file?'),
  meta: documentMetaSchema.prefault({}),
});

/** How an article's raw text is written; HTML is reduced to its article text on the server. */
export const documentFormatSchema = z.enum(['text', 'markdown', 'html'], { error: 'format is text, markdown or html.' });

// Block indexes the person kept or dropped in the preview; the server checks them against its own review.
const blockIndexes = (label: string) =>
  z.array(z.number({ error: `${label} lists block numbers.` }).int(`${label} lists block numbers.`).min(0).max(1_000_000), {
    error: `${label} is a list of block numbers.`,
  }).max(100_000).default([]);

/** Raw text from the Add article page: a whole uploaded file (5 MB decodes to at most MAX_RAW_CHARS characters). */
const rawField = z
  .string({ error: (issue) => (issue.input === undefined ? 'The article text is required.' : 'The article text must be text.') })
  .max(MAX_RAW_CHARS, `An article has at most ${MAX_RAW_CHARS.toLocaleString('en')} characters.`)
  .refine((raw) => raw.trim().length > 0, 'The article has no text: paste it or choose a file.')
  .refine(isStorableText, 'The article contains a character that cannot be stored (a NUL byte or a broken surrogate): is it a binary file?');

/** POST /api/documents: the raw text (as pasted or uploaded), the person's review and the metadata. */
export const createDocumentSchema = z.object({
  teamId: idField('teamId'),
  raw: rawField,
  format: documentFormatSchema.default('text'),
  keep: blockIndexes('keep'),
  drop: blockIndexes('drop'),
  meta: documentMetaSchema.prefault({}),
});
export type CreateDocumentInput = z.infer<typeof createDocumentSchema>;

/** The text fields of a preview request (multipart form fields, or JSON). */
export const previewTextSchema = z.object({
  teamId: idField('teamId'),
  text: rawField,
  format: documentFormatSchema.default('text'),
});

const metaShape = documentMetaSchema.shape;

/**
 * PATCH /api/documents/:id: a field left out stays as it is, null or "" clears it (a title cannot
 * be cleared). `raw` (with format, keep, drop) replaces the text, refused once the article has highlights.
 */
export const updateDocumentSchema = z
  .object({
    title: z.string({ error: 'A title must be text.' }).trim().min(1, 'An article needs a title.').max(300, 'A title has at most 300 characters.').refine(isStorableText, 'A title contains a character that cannot be stored.').optional(),
    source: metaShape.source.optional(),
    author: metaShape.author.optional(),
    publishedDate: metaShape.publishedDate.or(z.literal('').transform(() => null)).optional(),
    url: metaShape.url.or(z.literal('').transform(() => null)).optional(),
    language: metaShape.language.optional(),
    raw: rawField.optional(),
    format: documentFormatSchema.default('text'),
    keep: blockIndexes('keep'),
    drop: blockIndexes('drop'),
  });
export type UpdateDocumentInput = z.infer<typeof updateDocumentSchema>;

/** DELETE /api/documents/:id?confirm=true: `confirm` is needed once the article has highlights. */
export const deleteDocumentQuerySchema = z.object({
  confirm: z.enum(['true', 'false', '1', '0'], { error: 'confirm is true or false.' }).optional().transform((value) => value === 'true' || value === '1'),
});

export const DOCUMENT_SORTS = ['title', 'outlet', 'published', 'added', 'highlights'] as const;
export type DocumentSort = (typeof DOCUMENT_SORTS)[number];
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

const pageNumber = (label: string, max: number, fallback: number) =>
  z.coerce.number({ error: `${label} is a whole number.` }).int(`${label} is a whole number.`).min(1, `${label} is at least 1.`).max(max, `${label} is at most ${max}.`).default(fallback);

/** GET /api/documents: search, sort and page. Without them: newest published first, the first 25. */
export const listDocumentsQuerySchema = z.object({
  teamId: idField('teamId'),
  q: z.string().trim().max(200, 'A search has at most 200 characters.').refine(isStorableText, 'The search contains a character that cannot be stored.').optional().transform((value) => value || undefined),
  sort: z.enum(DOCUMENT_SORTS, { error: `sort is one of ${DOCUMENT_SORTS.join(', ')}.` }).default('published'),
  order: z.enum(['asc', 'desc'], { error: 'order is asc or desc.' }).optional(),
  page: pageNumber('page', 100_000, 1),
  pageSize: pageNumber('pageSize', MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE),
});
export type ListDocumentsQuery = z.infer<typeof listDocumentsQuerySchema>;

/** The order a sort starts in: names A→Z, dates and counts largest first. */
export function defaultOrder(sort: DocumentSort): 'asc' | 'desc' {
  return sort === 'title' || sort === 'outlet' ? 'asc' : 'desc';
}
