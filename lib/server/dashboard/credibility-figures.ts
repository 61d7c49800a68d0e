import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import { talliesSql } from '@/lib/server/dashboard/article-tallies';
import { visibleRatingsSql } from '@/lib/server/dashboard/visible-ratings';
import type { AnalystDistribution, ContestedPassage, CredibilityCounts, CredibilityDistribution } from '@/lib/server/dashboard/summary-types';

/** Who is looking, for the blind rule. */
export type Viewer = { userId: string; isBlind: boolean };

// These functions trust their caller to have checked the viewer's access to the article.

const emptyCounts = (): CredibilityCounts => ({ '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 });

/** The visible ratings by grade, overall and per analyst (one GROUPING SETS query, ≤ 6 rows per analyst). */
export async function countCredibility(documentId: string, viewer: Viewer): Promise<CredibilityDistribution> {
  // An open team sees every rating: the article's 'grade' tallies (folded by the caller,
  // docs/decisions/013). A blind viewer's ratings are those of the passages they rated, counted.
  const counted = viewer.isBlind
    ? Prisma.sql`SELECT v."userId", v.credibility, count(*) AS n FROM (${visibleRatingsSql({ scope: { documentId }, ...viewer })}) v GROUP BY 1, 2`
    : Prisma.sql`SELECT x.k1 AS "userId", x.i1 AS credibility, x.n FROM (${talliesSql({ documentId }, ['grade'])}) x`;
  const rows = await db.$queryRaw<{ userId: string | null; name: string | null; credibility: number; count: number }[]>`
    WITH counted AS (${counted})
    SELECT c."userId", u.name, c.credibility, sum(c.n)::int AS count
    FROM counted c JOIN "User" u ON u.id = c."userId"
    GROUP BY GROUPING SETS ((c.credibility), (c."userId", u.name, c.credibility))
    ORDER BY u.name COLLATE "C" NULLS FIRST, c."userId" COLLATE "C" NULLS FIRST, c.credibility`;
  const counts = emptyCounts();
  const byAnalyst = new Map<string, AnalystDistribution>();
  for (const row of rows) {
    const grade = String(row.credibility) as keyof CredibilityCounts;
    if (row.userId === null) {
      counts[grade] = row.count;
      continue;
    }
    const analyst = byAnalyst.get(row.userId) ?? { userId: row.userId, name: row.name ?? '', total: 0, counts: emptyCounts() };
    analyst.counts[grade] = row.count;
    analyst.total += row.count;
    byAnalyst.set(row.userId, analyst);
  }
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return { scope: viewer.isBlind ? 'rated-by-you' : 'all', total, counts, byAnalyst: [...byAnalyst.values()] };
}

/**
 * The visible passages whose judgeable (1-5) ratings spread the widest: at least two judgeable
 * ratings and a spread of at least 1 (unanimous passages are not contested), top `limit`.
 * `ratings` lists every visible rating of the passage, 6 ("cannot be judged") included.
 */
export async function listContested(documentId: string, viewer: Viewer, limit = 10): Promise<ContestedPassage[]> {
  const visible = visibleRatingsSql({ scope: { documentId }, ...viewer });
  // The article's passage tallies (folded by the caller, docs/decisions/013): an open team's in the
  // order of their index; a blind viewer's, those of the passages they rated.
  const top = viewer.isBlind
    ? Prisma.sql`
      SELECT p."annotationId", p.spread, p.raters, a.start, a."end", a.exact
      FROM (
        SELECT p."annotationId", p.spread, p.raters, p.start
        FROM "PassageRating" m
        -- One primary-key probe per passage rated (LIMIT keeps the planner from hashing every tally).
        CROSS JOIN LATERAL (SELECT t.* FROM "PassageTally" t WHERE t."annotationId" = m."annotationId" LIMIT 1) p
        WHERE m."documentId" = ${documentId} AND m."userId" = ${viewer.userId} AND p.raters >= 2 AND p.spread >= 1
        ORDER BY p.spread DESC, p.raters DESC, p.start, p."annotationId" COLLATE "C"
        LIMIT ${limit}
      ) p JOIN "Annotation" a ON a.id = p."annotationId"`
    : Prisma.sql`
      SELECT p."annotationId", p.spread, p.raters, a.start, a."end", a.exact
      FROM "PassageTally" p JOIN "Annotation" a ON a.id = p."annotationId"
      WHERE p."documentId" = ${documentId} AND p.raters >= 2 AND p.spread >= 1
      ORDER BY p.spread DESC, p.raters DESC, p.start, p."annotationId" COLLATE "C"
      LIMIT ${limit}`;
  return db.$queryRaw<ContestedPassage[]>`
    WITH visible AS (${visible}),
    top AS (${top})
    SELECT top."annotationId", top.exact, top.start, top."end", top.spread,
           (SELECT json_agg(json_build_object('userId', v."userId", 'name', u.name, 'credibility', v.credibility)
                            ORDER BY v.credibility, u.name COLLATE "C", v."userId" COLLATE "C")
            FROM visible v JOIN "User" u ON u.id = v."userId" WHERE v."annotationId" = top."annotationId") AS ratings
    FROM top
    ORDER BY top.spread DESC, top.raters DESC, top.start, top."annotationId" COLLATE "C"`;
}
