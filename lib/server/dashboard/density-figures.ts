import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import { talliesSql } from '@/lib/server/dashboard/article-tallies';
import type { DensityBin } from '@/lib/server/dashboard/summary-types';

/**
 * Bands in the density strip unless the caller asks for another number. The tally triggers
 * (migration 20261125030000_article_tallies) count band ranges of min(60, length) bands: change
 * both together.
 */
export const DEFAULT_DENSITY_BINS = 60;

/**
 * The density strip: the text cut into `bins` bands by code-point offset, bin i being
 * [⌊i·L/N⌋, ⌊(i+1)·L/N⌋) for a text of L code points (N is capped at L so no band is empty).
 * A highlight counts in every band it overlaps. Rather than joining every band to every highlight,
 * each highlight computes its first and last band (offset x falls in band ⌊((x+1)·N − 1)/L⌋, the
 * inverse of the band bounds) and expands to that range: one pass over the article's highlights,
 * grouped by band range before expanding.
 * The dominant theme is the one on most of a band's highlights; a tie goes to the theme with
 * more highlights in the whole article, then to the smaller tag id. Null when no highlight in the
 * band carries a theme. Trusts its caller to have checked access.
 */
export async function computeDensity(documentId: string, length: number, bins = DEFAULT_DENSITY_BINS): Promise<DensityBin[]> {
  const n = Math.min(bins, length);
  if (n < 1) return [];
  if (bins === DEFAULT_DENSITY_BINS) return densityFromTallies(documentId, length, n);
  // Highlights are first grouped by their (first band, last band) pair, with and without their
  // theme: a few thousand groups at most, however many highlights; only those groups are expanded
  // to their bands. Every figure below is a sum over the groups, equal to the count over highlights.
  const first = Prisma.sql`LEAST(GREATEST(((a.start::bigint + 1) * ${n}::int - 1) / ${length}::int, 0), ${n}::int - 1)::int`;
  const last = Prisma.sql`LEAST(GREATEST((a."end"::bigint * ${n}::int - 1) / ${length}::int, 0), ${n}::int - 1)::int`;
  return db.$queryRaw<DensityBin[]>`
    WITH ranges AS (
      SELECT ${first} AS b0, ${last} AS b1, count(*) AS n
      FROM "Annotation" a WHERE a."documentId" = ${documentId} GROUP BY 1, 2
    ),
    tagged AS (
      -- The theme rows carry their highlight's span (docs/decisions/012): no join to the highlights.
      SELECT ${first} AS b0, ${last} AS b1, a."tagId", count(*) AS n
      FROM "AnnotationTag" a WHERE a."documentId" = ${documentId} GROUP BY 1, 2, 3
    ),
    totals AS (SELECT "tagId", sum(n) AS total FROM tagged GROUP BY "tagId"),
    ranked AS (
      SELECT band AS bin, t."tagId",
             ROW_NUMBER() OVER (PARTITION BY band ORDER BY sum(t.n) DESC, totals.total DESC, t."tagId" COLLATE "C") AS rank
      FROM tagged t JOIN totals ON totals."tagId" = t."tagId" CROSS JOIN LATERAL generate_series(t.b0, t.b1) AS band
      GROUP BY band, t."tagId", totals.total
    ),
    counts AS (SELECT band AS bin, sum(r.n)::int AS count FROM ranges r CROSS JOIN LATERAL generate_series(r.b0, r.b1) AS band GROUP BY band)
    SELECT s.bin, (s.bin::bigint * ${length}::int / ${n}::int)::int AS start,
           ((s.bin + 1)::bigint * ${length}::int / ${n}::int)::int AS "end",
           COALESCE(counts.count, 0) AS count, ranked."tagId"
    FROM generate_series(0, ${n}::int - 1) AS s(bin)
    LEFT JOIN counts ON counts.bin = s.bin
    LEFT JOIN ranked ON ranked.bin = s.bin AND ranked.rank = 1
    ORDER BY s.bin`;
}

/**
 * The same strip at the default number of bands, from the article's 'band' tallies (highlights
 * and theme rows per band overlapped, folded by the caller: docs/decisions/013) and its 'theme'
 * tallies (the themes' totals, for ties): at most a row per band and theme.
 */
function densityFromTallies(documentId: string, length: number, n: number): Promise<DensityBin[]> {
  return db.$queryRaw<DensityBin[]>`
    WITH bands AS (
      SELECT x.k1 AS "tagId", x.i1 AS bin, x.n FROM (${talliesSql({ documentId }, ['band'])}) x
    ),
    totals AS (
      SELECT x.k1 AS "tagId", sum(x.n) AS total FROM (${talliesSql({ documentId }, ['theme'])}) x GROUP BY x.k1
    ),
    ranked AS (
      SELECT b.bin, b."tagId", ROW_NUMBER() OVER (PARTITION BY b.bin ORDER BY b.n DESC, totals.total DESC, b."tagId" COLLATE "C") AS rank
      FROM bands b JOIN totals ON totals."tagId" = b."tagId" WHERE b."tagId" <> ''
    )
    SELECT s.bin, (s.bin::bigint * ${length}::int / ${n}::int)::int AS start,
           ((s.bin + 1)::bigint * ${length}::int / ${n}::int)::int AS "end",
           COALESCE(counts.n, 0)::int AS count, ranked."tagId"
    FROM generate_series(0, ${n}::int - 1) AS s(bin)
    LEFT JOIN bands counts ON counts.bin = s.bin AND counts."tagId" = ''
    LEFT JOIN ranked ON ranked.bin = s.bin AND ranked.rank = 1
    ORDER BY s.bin`;
}
