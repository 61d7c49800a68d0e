import { z } from 'zod';

export const MAX_INT4 = 2_147_483_647;

/** Text Postgres can store: no NUL character and no lone UTF-16 surrogate. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string field whose messages name it: "teamId is required." rather than zod's generic wording. */
export function text(label: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`) })
    .refine(isStorableText, `${label} contains a character that cannot be stored (a NUL byte or a broken surrogate).`);
}

/** A record id from a URL or a body. */
export function idField(label: string) {
  return text(label).min(1, `${label} is required.`).max(64, `${label} is not a valid id.`);
}

/** Record ids are cuids: anything else in a URL cannot name a record. */
export function isRecordId(value: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value);
}

/** An optimistic-concurrency version, within Postgres' int4. */
export const versionField = z.number().int().min(1).max(MAX_INT4, 'version is not a valid version.');

export const teamQuerySchema = z.object({ teamId: idField('teamId') });
