import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import type { Viewer } from '@/lib/server/dashboard/credibility-figures';
import type { TeamSummary, TeamSummaryRow, ThemeCount } from '@/lib/server/dashboard/summary-types';
import { isoTimeSql, ratingsInScopeSql, visibleRatingsSql } from '@/lib/server/dashboard/visible-ratings';

/** A team overview row before the per-article Admiralty code and agreement are added. */
export type TeamRowCounts = Omit<TeamSummaryRow, 'admiralty' | 'agreement'>;

// These functions trust their caller to have checked the viewer's access to the team.

/** One row per article of the team, every figure grouped by document in one statement. */
export async function countTeamRows(teamId: string, viewer: Viewer): Promise<TeamRowCounts[]> {
  const visible = visibleRatingsSql({ scope: { teamId }, ...viewer });
  return db.$queryRaw<TeamRowCounts[]>`
    WITH ann AS (
      SELECT a."documentId", count(*)::int AS highlights, count(DISTINCT a."authorId")::int AS analysts, max(a."updatedAt") AS changed
      FROM "Annotation" a WHERE a."teamId" = ${teamId} GROUP BY a."documentId"
    ), rated AS (
      SELECT r."documentId", max(r."updatedAt") AS changed
      FROM "PassageRating" r WHERE ${ratingsInScopeSql({ teamId }, 'r')} GROUP BY r."documentId"
    ), themes AS (
      -- A team's theme rows are those of its themes: a highlight only ever carries its own team's
      -- themes (assertTeamTags, mergeTags within a team), so Tag.teamId names the highlight's team.
      SELECT at."documentId", t.name,
             ROW_NUMBER() OVER (PARTITION BY at."documentId" ORDER BY count(*) DESC, t.name COLLATE "C", t.id COLLATE "C") AS rank
      FROM "AnnotationTag" at JOIN "Tag" t ON t.id = at."tagId"
      WHERE t."teamId" = ${teamId} GROUP BY at."documentId", t.id, t.name
    ), top AS (
      SELECT "documentId", array_agg(name ORDER BY rank) AS names FROM themes WHERE rank <= 3 GROUP BY "documentId"
    ), visible AS (${visible}),
    contested AS (
      SELECT "documentId", count(*)::int AS n FROM (
        SELECT v."documentId" FROM visible v WHERE v.credibility <= 5
        GROUP BY v."documentId", v."annotationId" HAVING max(v.credibility) - min(v.credibility) >= 2
      ) spread GROUP BY "documentId"
    )
    SELECT d.id AS "documentId", d.title, s.name AS outlet,
           COALESCE(ann.highlights, 0) AS highlights, COALESCE(ann.analysts, 0) AS analysts,
           COALESCE(top.names, ARRAY[]::text[]) AS "topThemes", COALESCE(contested.n, 0) AS "contestedCount",
           ${isoTimeSql(Prisma.sql`GREATEST(ann.changed, rated.changed)`)} AS "lastActivity"
    FROM "Document" d
    LEFT JOIN "Source" s ON s.id = d."sourceId"
    LEFT JOIN ann ON ann."documentId" = d.id
    LEFT JOIN rated ON rated."documentId" = d.id
    LEFT JOIN top ON top."documentId" = d.id
    LEFT JOIN contested ON contested."documentId" = d.id
    WHERE d."teamId" = ${teamId}
    ORDER BY d.title COLLATE "C", d.id COLLATE "C"`;
}

/** The team's totals: articles, highlights, highlight authors, current passage ratings. */
export async function countTeamTotals(teamId: string): Promise<TeamSummary['totals']> {
  const [row] = await db.$queryRaw<TeamSummary['totals'][]>`
    SELECT (SELECT count(*)::int FROM "Document" d WHERE d."teamId" = ${teamId}) AS articles,
           count(*)::int AS highlights, count(DISTINCT a."authorId")::int AS analysts,
           (SELECT count(*)::int FROM "PassageRating" r JOIN "Annotation" x ON x.id = r."annotationId" WHERE x."teamId" = ${teamId}) AS ratings
    FROM "Annotation" a WHERE a."teamId" = ${teamId}`;
  return row!;
}

/** Highlights per theme across all the team's articles (themes in use only). */
export async function countTeamThemes(teamId: string): Promise<ThemeCount[]> {
  return db.$queryRaw<ThemeCount[]>`
    SELECT t.id AS "tagId", t.name, t.color, count(*)::int AS count
    FROM "AnnotationTag" at JOIN "Annotation" a ON a.id = at."annotationId" JOIN "Tag" t ON t.id = at."tagId"
    WHERE a."teamId" = ${teamId}
    GROUP BY t.id, t.name, t.color
    ORDER BY count DESC, t.name COLLATE "C", t.id COLLATE "C"`;
}
