import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/server/dashboard/credibility-figures';
import type { TeamSummary, TeamSummaryRow, ThemeCount } from '@/lib/server/dashboard/summary-types';
import { talliesSql } from '@/lib/server/dashboard/article-tallies';
import { isoTimeSql } from '@/lib/server/dashboard/visible-ratings';

/** A team overview row before the per-article Admiralty code and agreement are added. */
export type TeamRowCounts = Omit<TeamSummaryRow, 'admiralty' | 'agreement'>;

// These functions trust their caller to have checked the viewer's access to the team and folded
// its articles' tallies (docs/decisions/013): counts come from the tallies, a few rows per article.

/** One row per article of the team, every figure grouped by document in one statement. */
export async function countTeamRows(teamId: string, viewer: Viewer): Promise<TeamRowCounts[]> {
  // Contested passages (a spread of two grades or more among the visible judgeable ratings): an
  // open team's from the passage tallies, a blind viewer's from the passages they rated.
  // Contested passages (a spread of two grades or more among the judgeable ratings), from the
  // passages' tallies: an open team's every passage (the index (documentId, spread, …), article by
  // article), a blind viewer's the passages they rated (a primary-key probe each).
  const contested = viewer.isBlind
    ? Prisma.sql`
      SELECT m."documentId", count(*)::int AS n FROM "PassageRating" m
      CROSS JOIN LATERAL (SELECT t.spread FROM "PassageTally" t WHERE t."annotationId" = m."annotationId" LIMIT 1) p
      WHERE m."userId" = ${viewer.userId} AND m."documentId" IN (SELECT d.id FROM "Document" d WHERE d."teamId" = ${teamId}) AND p.spread >= 2
      GROUP BY m."documentId"`
    : Prisma.sql`
      SELECT d.id AS "documentId", c.n FROM "Document" d
      CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM "PassageTally" p WHERE p."documentId" = d.id AND p.spread >= 2) c
      WHERE d."teamId" = ${teamId}`;
  return db.$queryRaw<TeamRowCounts[]>`
    WITH tallies AS (${talliesSql({ teamId }, ['author', 'theme'])}),
    ann AS (
      SELECT "documentId", sum(n)::int AS highlights, count(*)::int AS analysts FROM tallies WHERE kind = 'author' GROUP BY "documentId"
    ), themes AS (
      SELECT x."documentId", t.name,
             ROW_NUMBER() OVER (PARTITION BY x."documentId" ORDER BY sum(x.n) DESC, t.name COLLATE "C", t.id COLLATE "C") AS rank
      FROM tallies x JOIN "Tag" t ON t.id = x.k1
      WHERE x.kind = 'theme' GROUP BY x."documentId", t.id, t.name
    ), top AS (
      SELECT "documentId", array_agg(name ORDER BY rank) AS names FROM themes WHERE rank <= 3 GROUP BY "documentId"
    ), contested AS (${contested})
    SELECT d.id AS "documentId", d.title, s.name AS outlet,
           COALESCE(ann.highlights, 0) AS highlights, COALESCE(ann.analysts, 0) AS analysts,
           COALESCE(top.names, ARRAY[]::text[]) AS "topThemes", COALESCE(contested.n, 0) AS "contestedCount",
           ${isoTimeSql(Prisma.sql`GREATEST(
             (SELECT max(a."updatedAt") FROM "Annotation" a WHERE a."documentId" = d.id),
             (SELECT max(r."updatedAt") FROM "PassageRating" r WHERE r."documentId" = d.id))`)} AS "lastActivity"
    FROM "Document" d
    LEFT JOIN "Source" s ON s.id = d."sourceId"
    LEFT JOIN ann ON ann."documentId" = d.id
    LEFT JOIN top ON top."documentId" = d.id
    LEFT JOIN contested ON contested."documentId" = d.id
    WHERE d."teamId" = ${teamId}
    ORDER BY d.title COLLATE "C", d.id COLLATE "C"`;
}

/** The team's totals: articles, highlights, highlight authors, current passage ratings. */
export async function countTeamTotals(teamId: string): Promise<TeamSummary['totals']> {
  const [row] = await db.$queryRaw<TeamSummary['totals'][]>`
    SELECT (SELECT count(*)::int FROM "Document" d WHERE d."teamId" = ${teamId}) AS articles,
           COALESCE(sum(x.n) FILTER (WHERE x.kind = 'author'), 0)::int AS highlights,
           (count(DISTINCT x.k1) FILTER (WHERE x.kind = 'author'))::int AS analysts,
           COALESCE(sum(x.n) FILTER (WHERE x.kind = 'grade'), 0)::int AS ratings
    FROM (${talliesSql({ teamId }, ['author', 'grade'])}) x`;
  return row!;
}

/** Highlights per theme across all the team's articles (themes in use only). */
export async function countTeamThemes(teamId: string): Promise<ThemeCount[]> {
  return db.$queryRaw<ThemeCount[]>`
    SELECT t.id AS "tagId", t.name, t.color, sum(x.n)::int AS count
    FROM (${talliesSql({ teamId }, ['theme'])}) x JOIN "Tag" t ON t.id = x.k1
    GROUP BY t.id, t.name, t.color
    ORDER BY count DESC, t.name COLLATE "C", t.id COLLATE "C"`;
}
