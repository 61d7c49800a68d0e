import 'server-only';
import { Prisma } from '@prisma/client';

/**
 * The blind rule in SQL, for a CTE: the current passage ratings in `where` (a condition on the
 * rating `r`, which carries its article: docs/decisions/012) that the viewer may see. In a blind
 * team that is every rating of the passages the viewer has rated (their own among them) and
 * nothing of the others, the same rule as lib/server/ratings/blind.ts. Columns: annotationId,
 * documentId, userId, credibility.
 */
export function visibleRatingsSql(options: { where: Prisma.Sql; userId: string; isBlind: boolean }): Prisma.Sql {
  const blind = options.isBlind
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "PassageRating" m WHERE m."annotationId" = r."annotationId" AND m."userId" = ${options.userId})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT r."annotationId", r."documentId", r."userId", r.credibility
    FROM "PassageRating" r
    WHERE ${options.where} ${blind}`;
}

/** The condition on a rating `r` of being on one of the team's articles. */
export function teamRatingsSql(teamId: string): Prisma.Sql {
  return Prisma.sql`r."documentId" IN (SELECT d.id FROM "Document" d WHERE d."teamId" = ${teamId})`;
}

/** An ISO 8601 UTC time from a `timestamp(3)` column (Prisma stores UTC), formatted in SQL. */
export function isoTimeSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`to_char(${expression}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
