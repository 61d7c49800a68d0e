import 'server-only';
import { db } from '@/lib/db';
import { talliesSql } from '@/lib/server/dashboard/article-tallies';
import type { ThemeAnalystCount, ThemeCount, TopExcerpt } from '@/lib/server/dashboard/summary-types';

// These functions trust their caller to have checked the viewer's access to the article.

/** Highlights per theme, and per theme per analyst, from the article's 'theme' tallies (folded by the caller: docs/decisions/013). */
export async function countThemes(documentId: string): Promise<{ themes: ThemeCount[]; themesByAnalyst: ThemeAnalystCount[] }> {
  const rows = await db.$queryRaw<{ tagId: string; userId: string | null; name: string; color: string; count: number }[]>`
    SELECT g."tagId", g."authorId" AS "userId", COALESCE(u.name, t.name) AS name, t.color, g.count
    FROM (
      SELECT x.k1 AS "tagId", x.k2 AS "authorId", sum(x.n)::int AS count
      FROM (${talliesSql({ documentId }, ['theme'])}) x
      GROUP BY GROUPING SETS ((x.k1), (x.k1, x.k2))
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
  // The article's 'span' tallies (folded by the caller: docs/decisions/013) count theme rows per
  // exact span; the index (documentId, kind, tagId, n DESC, start, end) gives each theme's top
  // spans in order, so only perTheme rows per theme are read. Only those spans go back to the
  // highlights for their text and authors, through the (documentId, start, end) index.
  return db.$queryRaw<TopExcerpt[]>`
    WITH themes AS (
      SELECT DISTINCT x.k1 AS "tagId" FROM (${talliesSql({ documentId }, ['theme'])}) x
    ), ranked AS (
      SELECT th."tagId", s.start, s."end", s.count, ROW_NUMBER() OVER (PARTITION BY th."tagId" ORDER BY s.count DESC, s.start, s."end") AS rank
      FROM themes th
      CROSS JOIN LATERAL (
        SELECT x.i1 AS start, x.i2 AS "end", x.n::int AS count
        FROM "ArticleTally" x
        WHERE x."documentId" = ${documentId} AND x.kind = 'span' AND x.k1 = th."tagId" AND x.n > 0
        ORDER BY x.n DESC, x.i1, x.i2 LIMIT ${perTheme}
      ) s
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
    ORDER BY s."tagId" COLLATE "C", s.rank`;
}
