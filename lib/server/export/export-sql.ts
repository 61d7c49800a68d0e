import 'server-only';
import { Prisma } from '@prisma/client';
import { isoTimeSql } from '@/lib/server/dashboard/visible-ratings';
import type { ExportStatement } from '@/lib/server/export/export-rows';
import type { ResolvedExport } from '@/lib/server/export/resolve-export';

const sql = Prisma.sql;

// Consensus = lower median of the judged grades (A-E, 1-5), or F/6 when every visible rating says
// "cannot be judged" (docs/decisions/006-export.md). Blind rule: a member sees an outlet's or a
// passage's ratings only once they have rated it themselves.

/**
 * The team's outlets with the consensus reliability the viewer may see, computed once per
 * statement; `sourceIds` (a sub-select) limits them to the outlets a statement needs.
 */
function outletCte(resolved: ResolvedExport, sourceIds: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const { viewer } = resolved;
  const seen = viewer?.isBlind ? sql`EXISTS (SELECT 1 FROM "SourceRating" m WHERE m."sourceId" = s.id AND m."userId" = ${viewer.userId})` : sql`TRUE`;
  return sql`
    WITH outlet AS MATERIALIZED (
      SELECT s.id, s.name, CASE WHEN ${seen} THEN (
        SELECT COALESCE(percentile_disc(0.5) WITHIN GROUP (ORDER BY r.reliability) FILTER (WHERE r.reliability <> 'F'),
                        CASE WHEN count(*) > 0 THEN 'F'::"Reliability" END)
        FROM "SourceRating" r WHERE r."sourceId" = s.id) END AS grade
      FROM "Source" s WHERE s."teamId" = ${resolved.team.id} ${sourceIds === Prisma.empty ? Prisma.empty : sql`AND s.id IN (${sourceIds})`}
    )`;
}

/** Whether the filters need the article or its outlet (otherwise the rows carry ids only). */
function needsArticle(resolved: ResolvedExport): boolean {
  const { query } = resolved;
  return query.reliability.length > 0 || query.publishedFrom !== undefined || query.publishedTo !== undefined;
}

/** The team's excerpts, the visible ratings of each passage, and the filters. */
function fromWhere(resolved: ResolvedExport): Prisma.Sql {
  const { query, viewer } = resolved;
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
  // The blind check is folded into the one aggregate of the passage's ratings (HAVING: no row,
  // so no ratings, unless the viewer rated it too) instead of a second look-up per excerpt.
  const seen = viewer?.isBlind ? sql`HAVING bool_or(r."userId" = ${viewer.userId})` : Prisma.empty;
  return sql`
    FROM "Annotation" a
    ${needsArticle(resolved) ? sql`JOIN "Document" d ON d.id = a."documentId" LEFT JOIN outlet o ON o.id = d."sourceId"` : Prisma.empty}
    LEFT JOIN LATERAL (
      SELECT max(r.credibility) FILTER (WHERE r."userId" = a."authorId") AS analyst,
             COALESCE(percentile_disc(0.5) WITHIN GROUP (ORDER BY r.credibility) FILTER (WHERE r.credibility < 6),
                      CASE WHEN count(*) > 0 THEN 6 END) AS consensus,
             count(*)::int AS ratings
      FROM "PassageRating" r
      WHERE r."annotationId" = a.id
      ${seen}
    ) pr ON TRUE
    WHERE ${Prisma.join(conditions, ' AND ')}`;
}

/** The columns of exportRowsSql, in order: it is read with rowMode 'array' (no object per row). */
export const EXPORT_SQL_COLUMNS = [
  'excerptId', 'documentId', 'analystId', 'createdAt', 'updatedAt', 'start', 'end', 'exact', 'prefix', 'suffix', 'note',
  'themeIds', 'analystCredibility', 'consensusCredibility', 'credibilityRatings',
] as const;

/**
 * The rows of an export, in article then text order, narrow: the excerpt's own fields, ids for
 * its article, analyst and themes (lib/server/export/export-rows.ts looks each of them up once
 * per export, not once per row), and its visible ratings. Ordered like the
 * (teamId, documentId, start, end, id) index, so a cursor returns the first rows without sorting
 * them all, and the per-row look-ups run while the rows stream, at the same time as the server
 * encodes them (docs/decisions/006-export.md).
 */
export function exportRowsSql(resolved: ResolvedExport, options: { limit?: number } = {}): ExportStatement {
  const statement = sql`
    ${needsArticle(resolved) ? outletCte(resolved) : Prisma.empty}
    SELECT a.id, a."documentId", a."authorId",
           ${isoTimeSql(sql`a."createdAt"`)}, ${isoTimeSql(sql`a."updatedAt"`)},
           a.start, a."end", a.exact, a.prefix, a.suffix, a.note,
           ARRAY(SELECT x."tagId" FROM "AnnotationTag" x WHERE x."annotationId" = a.id),
           pr.analyst, pr.consensus, COALESCE(pr.ratings, 0)
    ${fromWhere(resolved)}
    ORDER BY a."teamId", a."documentId", a.start, a."end", a.id
    ${options.limit === undefined ? Prisma.empty : sql`LIMIT ${options.limit}`}`;
  return Object.assign(statement, { articlesSql: (documentIds: string[]) => exportArticlesSql(resolved, documentIds) });
}

/** The articles `documentIds` with their outlet and its visible reliability (the viewer's). */
export function exportArticlesSql(resolved: ResolvedExport, documentIds: string[]): Prisma.Sql {
  return sql`
    ${outletCte(resolved, sql`SELECT "sourceId" FROM "Document" WHERE id = ANY(${documentIds})`)}
    SELECT d.id, d.title, o.name AS outlet, o.grade::text AS "outletReliability",
           to_char(d."publishedAt", 'YYYY-MM-DD') AS "publishedDate", d.url AS "articleUrl", d.language
    FROM "Document" d LEFT JOIN outlet o ON o.id = d."sourceId"
    WHERE d.id = ANY(${documentIds}) AND d."teamId" = ${resolved.team.id}`;
}

/** How many excerpts the export has. */
export function exportCountSql(resolved: ResolvedExport): Prisma.Sql {
  return sql`${needsArticle(resolved) ? outletCte(resolved) : Prisma.empty} SELECT count(*)::int AS count ${fromWhere(resolved)}`;
}
