import 'server-only';
import { db } from '@/lib/db';
import type { ThemeAnalystCount, ThemeCount, TopExcerpt } from '@/lib/server/dashboard/summary-types';

// These functions trust their caller to have checked the viewer's access to the article.

/** Highlights per theme, and per theme per analyst, from one scan of the article's theme rows (GROUPING SETS). */
export async function countThemes(documentId: string): Promise<{ themes: ThemeCount[]; themesByAnalyst: ThemeAnalystCount[] }> {
  const rows = await db.$queryRaw<{ tagId: string; userId: string | null; name: string; color: string; count: number }[]>`
    SELECT g."tagId", g."authorId" AS "userId", COALESCE(u.name, t.name) AS name, t.color, g.count
    FROM (
      SELECT at."tagId", at."authorId", count(*)::int AS count
      FROM "AnnotationTag" at WHERE at."documentId" = ${documentId}
      GROUP BY GROUPING SETS ((at."tagId"), (at."tagId", at."authorId"))
    ) g
    JOIN "Tag" t ON t.id = g."tagId"
    LEFT JOIN "User" u ON u.id = g."authorId"
    -- Per-theme rows (no author) first, by count, name, id; then per-analyst rows by theme id, count, user.
    ORDER BY (g."authorId" IS NULL) DESC,
             CASE WHEN g."authorId" IS NULL THEN g.count END DESC,
             CASE WHEN g."authorId" IS NULL THEN t.name END COLLATE "C",
             g."tagId" COLLATE "C", g.count DESC, g."authorId" COLLATE "C"`;
  const themes: ThemeCount[] = [];
  const themesByAnalyst: ThemeAnalystCount[] = [];
  for (const { tagId, userId, name, color, count } of rows) {
    if (userId === null) themes.push({ tagId, name, color, count });
    else themesByAnalyst.push({ tagId, userId, name, count });
  }
  return { themes, themesByAnalyst };
}

/**
 * The most highlighted spans of each theme: highlights grouped by their exact span (start, end),
 * not by overlap, so "the same passage" means the same words; top `perTheme` per theme by count,
 * then position. Grouping by overlap would chain neighbouring spans into one ever-growing excerpt.
 */
export async function listTopExcerpts(documentId: string, perTheme = 3): Promise<TopExcerpt[]> {
  // Spans are counted from the theme rows' copies of the span, in the order of the index
  // (documentId, tagId, start, end, …), so without a sort; only those at or above
  // each theme's cut-off count are sorted (not every span); only the few spans kept
  // (perTheme per theme) go back to the highlights for their text and authors, through the
  // (documentId, start, end) index, instead of aggregating text and authors for every span.
  return db.$queryRaw<TopExcerpt[]>`
    WITH spans AS MATERIALIZED (
      SELECT at."tagId", at.start, at."end", count(*)::int AS count
      FROM "AnnotationTag" at WHERE at."documentId" = ${documentId}
      GROUP BY at."tagId", at.start, at."end"
    ), levels AS (
      -- Per theme and count: how many spans have at least that count (a few rows per theme).
      SELECT "tagId", count, sum(count(*)) OVER (PARTITION BY "tagId" ORDER BY count DESC) AS reach
      FROM spans GROUP BY "tagId", count
    ), cutoff AS (
      -- The count of the theme's perTheme-th span: only spans at or above it can be in its top.
      SELECT "tagId", COALESCE(max(count) FILTER (WHERE reach >= ${perTheme}), min(count)) AS least FROM levels GROUP BY "tagId"
    ), ranked AS (
      SELECT s.*, ROW_NUMBER() OVER (PARTITION BY s."tagId" ORDER BY s.count DESC, s.start, s."end") AS rank
      FROM spans s JOIN cutoff c ON c."tagId" = s."tagId" AND s.count >= c.least
    )
    SELECT s."tagId", s.start, s."end", t.exact, s.count,
           (SELECT json_agg(json_build_object('userId', u.id, 'name', u.name) ORDER BY u.name COLLATE "C", u.id COLLATE "C")
            FROM "User" u WHERE u.id = ANY (t.authors)) AS analysts
    FROM ranked s
    CROSS JOIN LATERAL (
      SELECT min(a.exact) AS exact, array_agg(DISTINCT a."authorId") AS authors
      FROM "Annotation" a JOIN "AnnotationTag" at ON at."annotationId" = a.id AND at."tagId" = s."tagId"
      WHERE a."documentId" = ${documentId} AND a.start = s.start AND a."end" = s."end"
    ) t
    WHERE s.rank <= ${perTheme}
    ORDER BY s."tagId" COLLATE "C", s.rank`;
}
