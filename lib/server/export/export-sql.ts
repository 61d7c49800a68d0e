import 'server-only';
import { Prisma } from '@prisma/client';
import { isoTimeSql } from '@/lib/server/dashboard/visible-ratings';
import type { ResolvedExport } from '@/lib/server/export/resolve-export';

const sql = Prisma.sql;

// Consensus = lower median of the judged grades (A-E, 1-5), or F/6 when every visible rating says
// "cannot be judged" (docs/decisions/006-export.md). Blind rule: a member sees an outlet's or a
// passage's ratings only once they have rated it themselves.

/** The team's outlets with the consensus reliability the viewer may see: computed once per export. */
function outletCte(resolved: ResolvedExport): Prisma.Sql {
  const { viewer } = resolved;
  const seen = viewer?.isBlind ? sql`EXISTS (SELECT 1 FROM "SourceRating" m WHERE m."sourceId" = s.id AND m."userId" = ${viewer.userId})` : sql`TRUE`;
  return sql`
    WITH outlet AS MATERIALIZED (
      SELECT s.id, s.name, CASE WHEN ${seen} THEN (
        SELECT COALESCE(percentile_disc(0.5) WITHIN GROUP (ORDER BY r.reliability) FILTER (WHERE r.reliability <> 'F'),
                        CASE WHEN count(*) > 0 THEN 'F'::"Reliability" END)
        FROM "SourceRating" r WHERE r."sourceId" = s.id) END AS grade
      FROM "Source" s WHERE s."teamId" = ${resolved.team.id}
    )`;
}

/** The team's excerpts, the visible ratings of each passage, and the filters. */
function fromWhere(resolved: ResolvedExport): Prisma.Sql {
  const { query, viewer } = resolved;
  const seen = viewer?.isBlind ? sql`EXISTS (SELECT 1 FROM "PassageRating" m WHERE m."annotationId" = a.id AND m."userId" = ${viewer.userId})` : sql`TRUE`;
  const conditions: Prisma.Sql[] = [sql`a."teamId" = ${resolved.team.id}`];
  if (resolved.documentIds.length) conditions.push(sql`a."documentId" = ANY(${resolved.documentIds})`);
  if (resolved.analystIds.length) conditions.push(sql`a."authorId" = ANY(${resolved.analystIds})`);
  if (resolved.tagIds.length) {
    conditions.push(
      query.tagMode === 'all'
        ? sql`(SELECT count(*) FROM "AnnotationTag" x WHERE x."annotationId" = a.id AND x."tagId" = ANY(${resolved.tagIds})) = ${resolved.tagIds.length}`
        : sql`EXISTS (SELECT 1 FROM "AnnotationTag" x WHERE x."annotationId" = a.id AND x."tagId" = ANY(${resolved.tagIds}))`,
    );
  }
  if (query.minCredibility !== undefined) conditions.push(sql`pr.consensus >= ${query.minCredibility}`);
  if (query.maxCredibility !== undefined) conditions.push(sql`pr.consensus <= ${query.maxCredibility}`);
  if (query.reliability.length) conditions.push(sql`o.grade::text = ANY(${query.reliability})`);
  if (query.from) conditions.push(sql`a."createdAt" >= ${query.from}::date`);
  if (query.to) conditions.push(sql`a."createdAt" < ${query.to}::date + 1`);
  if (query.publishedFrom) conditions.push(sql`d."publishedAt" >= ${query.publishedFrom}::date`);
  if (query.publishedTo) conditions.push(sql`d."publishedAt" <= ${query.publishedTo}::date`);
  return sql`
    FROM "Annotation" a
    JOIN "Document" d ON d.id = a."documentId"
    JOIN "User" u ON u.id = a."authorId"
    LEFT JOIN outlet o ON o.id = d."sourceId"
    LEFT JOIN LATERAL (
      SELECT max(r.credibility) FILTER (WHERE r."userId" = a."authorId") AS analyst,
             COALESCE(percentile_disc(0.5) WITHIN GROUP (ORDER BY r.credibility) FILTER (WHERE r.credibility < 6),
                      CASE WHEN count(*) > 0 THEN 6 END) AS consensus,
             count(*)::int AS ratings
      FROM "PassageRating" r
      WHERE r."annotationId" = a.id AND ${seen}
    ) pr ON TRUE
    WHERE ${Prisma.join(conditions, ' AND ')}`;
}

/**
 * The rows of an export, in article then text order, as ExportSqlRow: theme ids rather than
 * names (lib/server/export/export-rows.ts names and sorts them; a sorted aggregate per row cost
 * more than all the rest of the row). Ordered like the (documentId, start, end) index, so a
 * cursor returns the first rows without sorting them all, and the per-row look-ups run while
 * the rows stream, at the same time as the server encodes them (docs/decisions/006-export.md).
 */
export function exportRowsSql(resolved: ResolvedExport, options: { limit?: number } = {}): Prisma.Sql {
  return sql`
    ${outletCte(resolved)}
    SELECT a.id AS "excerptId", d.id AS "documentId", d.title AS "documentTitle",
           o.name AS outlet, o.grade::text AS "outletReliability",
           to_char(d."publishedAt", 'YYYY-MM-DD') AS "publishedDate", d.url AS "articleUrl", d.language,
           u.id AS "analystId", u.name AS "analystName", u.email AS "analystEmail",
           ${isoTimeSql(sql`a."createdAt"`)} AS "createdAt", ${isoTimeSql(sql`a."updatedAt"`)} AS "updatedAt",
           a.start, a."end", a.exact, a.prefix, a.suffix, a.note,
           ARRAY(SELECT x."tagId" FROM "AnnotationTag" x WHERE x."annotationId" = a.id) AS "themeIds",
           pr.analyst AS "analystCredibility", pr.consensus AS "consensusCredibility", pr.ratings AS "credibilityRatings"
    ${fromWhere(resolved)}
    ORDER BY a."documentId", a.start, a."end", a.id
    ${options.limit === undefined ? Prisma.empty : sql`LIMIT ${options.limit}`}`;
}

/** How many excerpts the export has. */
export function exportCountSql(resolved: ResolvedExport): Prisma.Sql {
  return sql`${outletCte(resolved)} SELECT count(*)::int AS count ${fromWhere(resolved)}`;
}
