import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import { isoTimeSql } from '@/lib/server/dashboard/visible-ratings';
import type { ActivityDay, SummaryHeadline } from '@/lib/server/dashboard/summary-types';

/**
 * The headline counts read from the article's highlights alone; the themes used come from
 * countThemes and the rated passages and the last rating change from the ratings' tally
 * (agreement-figures), each of which already reads those rows.
 */
export type HighlightCounts = Pick<SummaryHeadline, 'highlights' | 'analysts'> & { untagged: number; lastChange: string | null };

// These functions trust their caller to have checked the viewer's access to the article.

/**
 * Highlights, authors, untagged highlights and the last change, from the covering index
 * (documentId, id) INCLUDE (authorId, …): highlights are grouped per author first (a few rows);
 * the tagged ones are the distinct highlights among the article's theme rows (their article copy,
 * docs/decisions/012), without visiting every highlight's themes.
 */
export async function countHighlights(documentId: string): Promise<HighlightCounts> {
  const [row] = await db.$queryRaw<HighlightCounts[]>`
    WITH authors AS (
      SELECT a."authorId", count(*) AS n, max(a."updatedAt") AS changed
      FROM "Annotation" a WHERE a."documentId" = ${documentId} GROUP BY a."authorId"
    ), tagged AS (
      SELECT count(*) AS n FROM (SELECT t."annotationId" FROM "AnnotationTag" t WHERE t."documentId" = ${documentId} GROUP BY 1) t
    )
    SELECT COALESCE(sum(authors.n), 0)::int AS highlights, count(authors."authorId")::int AS analysts,
           (COALESCE(sum(authors.n), 0) - (SELECT n FROM tagged))::int AS untagged,
           ${isoTimeSql(Prisma.sql`max(authors.changed)`)} AS "lastChange"
    FROM authors`;
  return row!;
}

/** The later of two ISO 8601 UTC times of the same format (GREATEST: null only when both are). */
export function laterTime(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Highlights created and ratings first given per UTC day (the current ratings' createdAt, so a
 * changed rating counts on the day it was first given). Days without either are left out.
 */
export async function listActivity(documentId: string): Promise<ActivityDay[]> {
  // Grouped by the day as a date (cheap), formatted once per day rather than once per row.
  return db.$queryRaw<ActivityDay[]>`
    WITH h AS (
      SELECT a."createdAt"::date AS day, count(*)::int AS n
      FROM "Annotation" a WHERE a."documentId" = ${documentId} GROUP BY 1
    ), r AS (
      SELECT r."createdAt"::date AS day, count(*)::int AS n
      FROM "PassageRating" r WHERE r."documentId" = ${documentId} GROUP BY 1
    )
    SELECT to_char(day::timestamp, 'YYYY-MM-DD') AS day, COALESCE(h.n, 0) AS highlights, COALESCE(r.n, 0) AS ratings
    FROM h FULL JOIN r USING (day) ORDER BY day`;
}
