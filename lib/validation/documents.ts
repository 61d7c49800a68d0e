import { z } from 'zod';
import { isStorableText } from '@/lib/validation/common';

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

export const MAX_DOCUMENT_CHARS = 2_000_000;

export const importDocumentSchema = z.object({
  teamId: z.string().min(1),
  raw: z
    .string()
    .max(MAX_DOCUMENT_CHARS, `An article has at most ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters.`)
    .refine((raw) => raw.trim().length > 0, 'The article has no text.')
    .refine(isStorableText, 'The article contains a character that cannot be stored (a NUL byte or a broken surrogate): is it a binary file?'),
  meta: documentMetaSchema.prefault({}),
});
