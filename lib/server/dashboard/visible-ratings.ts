import 'server-only';
import { Prisma } from '@prisma/client';

/** Whose ratings a figure counts: one article's, or every article's of a team. */
export type RatingsScope = { documentId: string } | { teamId: string };

/** The condition on the rating aliased `alias` (it carries its article: docs/decisions/012) of being in `scope`. */
export function ratingsInScopeSql(scope: RatingsScope, alias: string): Prisma.Sql {
  const column = Prisma.raw(`${alias}."documentId"`);
  return 'documentId' in scope
    ? Prisma.sql`${column} = ${scope.documentId}`
    : Prisma.sql`${column} IN (SELECT d.id FROM "Document" d WHERE d."teamId" = ${scope.teamId})`;
}

/**
 * The blind rule in SQL, for a CTE: the current passage ratings in `scope` that the viewer may
 * see. In a blind team that is every rating of the passages the viewer has rated (their own among
 * them) and nothing of the others, the same rule as lib/server/ratings/blind.ts: found from the
 * viewer's own ratings (index (documentId, userId, annotationId)), a few thousand rows at 100,000
 * highlights, rather than by testing every rating of the article. Columns: annotationId,
 * documentId, userId, credibility.
 */
export function visibleRatingsSql(options: { scope: RatingsScope; userId: string; isBlind: boolean }): Prisma.Sql {
  if (!options.isBlind) {
    return Prisma.sql`
      SELECT r."annotationId", r."documentId", r."userId", r.credibility
      FROM "PassageRating" r WHERE ${ratingsInScopeSql(options.scope, 'r')}`;
  }
  return Prisma.sql`
    SELECT r."annotationId", r."documentId", r."userId", r.credibility
    FROM "PassageRating" m JOIN "PassageRating" r ON r."annotationId" = m."annotationId"
    WHERE m."userId" = ${options.userId} AND ${ratingsInScopeSql(options.scope, 'm')}`;
}

/** An ISO 8601 UTC time from a `timestamp(3)` column (Prisma stores UTC), formatted in SQL. */
export function isoTimeSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${expression}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
