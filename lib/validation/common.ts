import { z } from 'zod';

/** A string field whose messages name it: "teamId is required." rather than zod's generic wording. */
export function text(label: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? `${label} is required.` : `${label} must be text.`) });
}

/** A record id from a URL or a body. */
export function idField(label: string) {
  return text(label).min(1, `${label} is required.`).max(64, `${label} is not a valid id.`);
}

export const teamQuerySchema = z.object({ teamId: idField('teamId') });
