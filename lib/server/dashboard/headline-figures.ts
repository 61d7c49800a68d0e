import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import { isoTimeSql } from '@/lib/server/dashboard/visible-ratings';
import type { ActivityDay, SummaryHeadline } from '@/lib/server/dashboard/summary-types';

/** The counts of the headline that do not depend on who asks. */
export type HeadlineCounts = Pick<SummaryHeadline, 'highlights' | 'analysts' | 'themesUsed' | 'ratedPassages' | 'lastActivity'> & { untagged: number };

// These functions trust their caller to have checked the viewer's access to the article.

/** Counts of highlights, authors, themes, rated passages and untagged highlights, and the last change. */
export async function countHeadline(documentId: string): Promise<HeadlineCounts> {
  const [row] = await db.$queryRaw<HeadlineCounts[]>`
    WITH ann AS (
      SELECT count(*)::int AS highlights, count(DISTINCT a."authorId")::int AS analysts, max(a."updatedAt") AS changed,
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM "AnnotationTag" t WHERE t."annotationId" = a.id))::int AS untagged
      FROM "Annotation" a WHERE a."documentId" = ${documentId}
    ), rated AS (
      SELECT count(DISTINCT r."annotationId")::int AS passages, max(r."updatedAt") AS changed
      FROM "PassageRating" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE a."documentId" = ${documentId}
    ), themes AS (
      SELECT count(DISTINCT t."tagId")::int AS used
      FROM "AnnotationTag" t JOIN "Annotation" a ON a.id = t."annotationId" WHERE a."documentId" = ${documentId}
    )
    SELECT ann.highlights, ann.analysts, themes.used AS "themesUsed", rated.passages AS "ratedPassages", ann.untagged,
           ${isoTimeSql(Prisma.sql`GREATEST(ann.changed, rated.changed)`)} AS "lastActivity"
    FROM ann, rated, themes`;
  return row!;
}

/**
 * Highlights created and ratings first given per UTC day (the current ratings' createdAt, so a
 * changed rating counts on the day it was first given). Days without either are left out.
 */
export async function listActivity(documentId: string): Promise<ActivityDay[]> {
  return db.$queryRaw<ActivityDay[]>`
    WITH h AS (
      SELECT to_char(a."createdAt", 'YYYY-MM-DD') AS day, count(*)::int AS n
      FROM "Annotation" a WHERE a."documentId" = ${documentId} GROUP BY 1
    ), r AS (
      SELECT to_char(r."createdAt", 'YYYY-MM-DD') AS day, count(*)::int AS n
      FROM "PassageRating" r JOIN "Annotation" a ON a.id = r."annotationId" WHERE a."documentId" = ${documentId} GROUP BY 1
    )
    SELECT day, COALESCE(h.n, 0) AS highlights, COALESCE(r.n, 0) AS ratings
    FROM h FULL JOIN r USING (day) ORDER BY day`;
}
