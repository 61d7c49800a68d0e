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

/**
 * The team's excerpts with the visible ratings of each passage, and the filters, article by
 * article: for each of the team's articles (in id order, the export's order), its highlights, its
 * theme ids and its ratings' aggregates are each read once by the article copies on AnnotationTag
 * and PassageRating (docs/decisions/012) and joined by hash, instead of one index look-up of themes
 * and one of ratings per excerpt (two million probes at a million excerpts: decision 006).
 * `inner` selects the columns of the article's rows (or a count) from `a`, `tg`, `pr`.
 *
 * A preview (`limit`: a few rows) or a narrowing filter (an analyst, themes, dates) keeps only a
 * fraction of an article's excerpts: those read their themes and ratings by index, per excerpt,
 * rather than aggregating the whole article's first.
 */
function perArticle(resolved: ResolvedExport, inner: { select: Prisma.Sql; orderBy?: Prisma.Sql; limit?: number }): Prisma.Sql {
  const { query, viewer } = resolved;
  const articles: Prisma.Sql[] = [sql`d."teamId" = ${resolved.team.id}`];
  if (resolved.documentIds.length) articles.push(sql`d.id = ANY(${resolved.documentIds})`);
  if (query.reliability.length) articles.push(sql`o.grade::text = ANY(${query.reliability})`);
  if (query.publishedFrom) articles.push(sql`d."publishedAt" >= ${query.publishedFrom}::date`);
  if (query.publishedTo) articles.push(sql`d."publishedAt" <= ${query.publishedTo}::date`);
  const excerpts: Prisma.Sql[] = [sql`a."documentId" = d.id`];
  if (resolved.analystIds.length) excerpts.push(sql`a."authorId" = ANY(${resolved.analystIds})`);
  if (resolved.tagIds.length) {
    excerpts.push(
      query.tagMode === 'all'
        ? sql`(SELECT count(*) FROM "AnnotationTag" x WHERE x."annotationId" = a.id AND x."tagId" = ANY(${resolved.tagIds})) = ${resolved.tagIds.length}`
        : sql`EXISTS (SELECT 1 FROM "AnnotationTag" x WHERE x."annotationId" = a.id AND x."tagId" = ANY(${resolved.tagIds}))`,
    );
  }
  if (query.minCredibility !== undefined) excerpts.push(sql`pr.consensus >= ${query.minCredibility}`);
  if (query.maxCredibility !== undefined) excerpts.push(sql`pr.consensus <= ${query.maxCredibility}`);
  if (query.from) excerpts.push(sql`a."createdAt" >= ${query.from}::date`);
  if (query.to) excerpts.push(sql`a."createdAt" < ${query.to}::date + 1`);
  // The blind check is folded into the one aggregate of the passage's ratings (HAVING: no row,
  // so no ratings, unless the viewer rated it too). Consensus is the lower median of the judged
  // grades (percentile_disc(0.5): the first grade whose running count reaches ⌈n/2⌉), counted
  // per grade rather than sorted; 6 when every visible rating says "cannot be judged".
  const seen = viewer?.isBlind ? sql`bool_or(r."userId" = ${viewer.userId})` : sql`TRUE`;
  const grade = (g: number) => Prisma.raw(`count(*) FILTER (WHERE r.credibility <= ${g})`);
  const half = Prisma.raw('(count(*) FILTER (WHERE r.credibility < 6) + 1) / 2');
  const ratings = (author: Prisma.Sql) => sql`
    max(r.credibility) FILTER (WHERE r."userId" = ${author}) AS analyst,
    CASE WHEN count(*) FILTER (WHERE r.credibility < 6) = 0 THEN 6
         WHEN ${grade(1)} >= ${half} THEN 1 WHEN ${grade(2)} >= ${half} THEN 2 WHEN ${grade(3)} >= ${half} THEN 3
         WHEN ${grade(4)} >= ${half} THEN 4 ELSE 5 END AS consensus,
    count(*)::int AS ratings`;
  const probe = inner.limit !== undefined || resolved.analystIds.length > 0 || resolved.tagIds.length > 0 || query.from !== undefined || query.to !== undefined;
  const themesAndRatings = probe
    ? sql`
      LEFT JOIN LATERAL (SELECT array_agg(x."tagId" ORDER BY x."tagId") AS ids FROM "AnnotationTag" x WHERE x."annotationId" = a.id) tg ON TRUE
      LEFT JOIN LATERAL (
        SELECT ${ratings(sql`a."authorId"`)} FROM "PassageRating" r WHERE r."annotationId" = a.id HAVING count(*) > 0 AND ${seen}
      ) pr ON TRUE`
    : sql`
      LEFT JOIN (
        SELECT x."annotationId", array_agg(x."tagId" ORDER BY x."tagId") AS ids FROM "AnnotationTag" x WHERE x."documentId" = d.id GROUP BY x."annotationId"
      ) tg ON tg."annotationId" = a.id
      LEFT JOIN (
        SELECT r."annotationId", ${ratings(sql`h."authorId"`)}
        FROM "PassageRating" r JOIN "Annotation" h ON h.id = r."annotationId" AND h."documentId" = d.id
        WHERE r."documentId" = d.id
        GROUP BY r."annotationId"
        HAVING ${seen}
      ) pr ON pr."annotationId" = a.id`;
  return sql`
    FROM "Document" d
    ${needsOutlet(resolved) ? sql`LEFT JOIN outlet o ON o.id = d."sourceId"` : Prisma.empty}
    CROSS JOIN LATERAL (
      SELECT ${inner.select}
      FROM "Annotation" a
      ${themesAndRatings}
      WHERE ${Prisma.join(excerpts, ' AND ')}
      ${inner.orderBy ?? Prisma.empty}
      ${inner.limit === undefined ? Prisma.empty : sql`LIMIT ${inner.limit}`}
    ) e
    WHERE ${Prisma.join(articles, ' AND ')}`;
}

/** Whether the filters need the article's outlet (its consensus reliability). */
function needsOutlet(resolved: ResolvedExport): boolean {
  return resolved.query.reliability.length > 0;
}

/** The columns of exportRowsSql, in order: it is read with rowMode 'array' (no object per row). */
export const EXPORT_SQL_COLUMNS = [
  'excerptId', 'documentId', 'analystId', 'createdAt', 'updatedAt', 'start', 'end', 'exact', 'prefix', 'suffix', 'note',
  'themeIds', 'analystCredibility', 'consensusCredibility', 'credibilityRatings',
] as const;

/**
 * The rows of an export, in article then text order, narrow: the excerpt's own fields, ids for
 * its article, analyst and themes (lib/server/export/export-rows.ts looks each of them up once
 * per export, not once per row), and its visible ratings. Articles come in id order (the primary
 * key) and each article's rows in text order, so the final ORDER BY only sorts within an article
 * (an incremental sort) and a cursor returns the first article's rows before it reads the next,
 * while the server encodes them (docs/decisions/006-export.md).
 */
export function exportRowsSql(resolved: ResolvedExport, options: { limit?: number } = {}): ExportStatement {
  const statement = sql`
    ${needsOutlet(resolved) ? outletCte(resolved) : Prisma.empty}
    SELECT e.id, d.id, e."authorId", e."createdAt", e."updatedAt", e.start, e."end", e.exact, e.prefix, e.suffix, e.note,
           e."themeIds", e.analyst, e.consensus, e.ratings
    ${perArticle(resolved, {
      select: sql`a.id, a."authorId", ${isoTimeSql(sql`a."createdAt"`)} AS "createdAt", ${isoTimeSql(sql`a."updatedAt"`)} AS "updatedAt",
                  a.start, a."end", a.exact, a.prefix, a.suffix, a.note, COALESCE(tg.ids, '{}') AS "themeIds",
                  pr.analyst, pr.consensus, COALESCE(pr.ratings, 0) AS ratings`,
      orderBy: sql`ORDER BY a.start, a."end", a.id`,
      limit: options.limit, // a preview: no article gives more than the preview shows
    })}
    ORDER BY d.id, e.start, e."end", e.id
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
  return sql`${needsOutlet(resolved) ? outletCte(resolved) : Prisma.empty} SELECT COALESCE(sum(e.n), 0)::int AS count ${perArticle(resolved, { select: sql`count(*) AS n` })}`;
}
