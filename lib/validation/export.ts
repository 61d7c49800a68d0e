// Query of GET /api/export.csv, /api/export.jsonld and /api/export/preview (docs/API.md), and of
// `npm run export`. Repeated keys (`tag=a&tag=b`) are lists.
import { z } from 'zod';
import { idField, text } from '@/lib/validation/common';

/** Caps that keep a URL-sized filter a URL-sized query. */
export const EXPORT_LIMITS = { documents: 500, tags: 200, analysts: 200, valueLength: 320 } as const;

const RELIABILITY = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** One value or a repeated key, as a list (an absent key is an empty list). */
function list<T extends z.ZodType>(item: T, label: string, max: number) {
  return z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(item).max(max, `At most ${max} ${label} values.`))
    .transform((values) => [...new Set(values as z.infer<T>[])]);
}

function grade(label: string) {
  const message = `${label} is a whole number from 1 (confirmed) to 6 (cannot be judged).`;
  return z.coerce.number({ error: message }).int(message).min(1, message).max(6, message).optional();
}

/** YYYY-MM-DD, a real calendar day. */
function day(label: string) {
  return text(label)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} is a date written YYYY-MM-DD.`)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), `${label} is not a real date.`)
    .optional();
}

function flag(label: string, fallback: boolean) {
  return z
    .enum(['1', '0', 'true', 'false'], { error: `${label} is 1 or 0.` })
    .optional()
    .transform((value) => (value === undefined ? fallback : value === '1' || value === 'true'));
}

const shortText = (label: string) => text(label).trim().min(1, `${label} cannot be empty.`).max(EXPORT_LIMITS.valueLength, `${label} is at most ${EXPORT_LIMITS.valueLength} characters.`);

export const exportQuerySchema = z
  .object({
    teamId: idField('teamId'),
    /** Articles (ids); none = every article of the team. */
    documentId: list(idField('documentId'), 'documentId', EXPORT_LIMITS.documents),
    /** Themes, by id or by name (case-insensitive). */
    tag: list(shortText('tag'), 'tag', EXPORT_LIMITS.tags),
    /** any: an excerpt with at least one of the themes; all: with every one of them. */
    tagMode: z.enum(['any', 'all'], { error: 'tagMode is any or all.' }).default('any'),
    /** Analysts (the excerpt's author), by user id or email. */
    analyst: list(shortText('analyst'), 'analyst', EXPORT_LIMITS.analysts),
    /** Bounds on the passage's consensus credibility (1 confirmed … 6 cannot be judged), inclusive. */
    minCredibility: grade('minCredibility'),
    maxCredibility: grade('maxCredibility'),
    /** The outlet's consensus reliability is one of these grades. */
    reliability: list(z.enum(RELIABILITY, { error: 'reliability is a letter from A to F.' }), 'reliability', RELIABILITY.length),
    /** Excerpts created on or after / on or before these days (UTC). */
    from: day('from'),
    to: day('to'),
    /** Articles published on or after / on or before these days. */
    publishedFrom: day('publishedFrom'),
    publishedTo: day('publishedTo'),
    /** CSV only: start with a UTF-8 byte order mark (Excel then reads non-Latin text right). */
    bom: flag('bom', false),
    /** CSV only: add one 0/1 column per theme of the team. */
    themeColumns: flag('themeColumns', false),
    /** CSV only: prefix cells a spreadsheet would run as a formula with ' (default on). */
    spreadsheetSafe: flag('spreadsheetSafe', true),
  })
  .superRefine((query, context) => {
    const order = (low: string | number | undefined, high: string | number | undefined, path: string, message: string) => {
      if (low !== undefined && high !== undefined && low > high) context.addIssue({ code: 'custom', path: [path], message });
    };
    order(query.minCredibility, query.maxCredibility, 'maxCredibility', 'maxCredibility must not be below minCredibility.');
    order(query.from, query.to, 'to', 'to must not be before from.');
    order(query.publishedFrom, query.publishedTo, 'publishedTo', 'publishedTo must not be before publishedFrom.');
  });

/** The export filters and options as parsed. */
export type ExportQuery = z.infer<typeof exportQuerySchema>;
/** The export filters as a caller writes them (all strings, lists or single values). */
export type ExportQueryInput = z.input<typeof exportQuerySchema>;
