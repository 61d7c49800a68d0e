import 'server-only';
import { db } from '@/lib/db';
import type { DensityBin } from '@/lib/server/dashboard/summary-types';

/** Bands in the density strip unless the caller asks for another number. */
export const DEFAULT_DENSITY_BINS = 60;

/**
 * The density strip: the text cut into `bins` bands by code-point offset, bin i being
 * [⌊i·L/N⌋, ⌊(i+1)·L/N⌋) for a text of L code points (N is capped at L so no band is empty).
 * A highlight counts in every band it overlaps. Rather than joining every band to every highlight,
 * each highlight computes its first and last band (offset x falls in band ⌊((x+1)·N − 1)/L⌋, the
 * inverse of the band bounds) and expands to that range: one pass over the article's highlights.
 * The dominant theme is the one on most of a band's highlights; a tie goes to the theme with
 * more highlights in the whole article, then to the smaller tag id. Null when no highlight in the
 * band carries a theme. Trusts its caller to have checked access.
 */
export async function computeDensity(documentId: string, length: number, bins = DEFAULT_DENSITY_BINS): Promise<DensityBin[]> {
  const n = Math.min(bins, length);
  if (n < 1) return [];
  return db.$queryRaw<DensityBin[]>`
    WITH hits AS (
      SELECT band AS bin, a.id
      FROM "Annotation" a
      CROSS JOIN LATERAL generate_series(
        LEAST(GREATEST(((a.start::bigint + 1) * ${n}::int - 1) / ${length}::int, 0), ${n}::int - 1)::int,
        LEAST(GREATEST((a."end"::bigint * ${n}::int - 1) / ${length}::int, 0), ${n}::int - 1)::int
      ) AS band
      WHERE a."documentId" = ${documentId}
    ),
    totals AS (
      SELECT at."tagId", count(*) AS total
      FROM "AnnotationTag" at JOIN "Annotation" a ON a.id = at."annotationId"
      WHERE a."documentId" = ${documentId} GROUP BY at."tagId"
    ),
    ranked AS (
      SELECT h.bin, at."tagId",
             ROW_NUMBER() OVER (PARTITION BY h.bin ORDER BY count(*) DESC, totals.total DESC, at."tagId" COLLATE "C") AS rank
      FROM hits h JOIN "AnnotationTag" at ON at."annotationId" = h.id JOIN totals ON totals."tagId" = at."tagId"
      GROUP BY h.bin, at."tagId", totals.total
    ),
    counts AS (SELECT bin, count(*)::int AS count FROM hits GROUP BY bin)
    SELECT s.bin, (s.bin::bigint * ${length}::int / ${n}::int)::int AS start,
           ((s.bin + 1)::bigint * ${length}::int / ${n}::int)::int AS "end",
           COALESCE(counts.count, 0) AS count, ranked."tagId"
    FROM generate_series(0, ${n}::int - 1) AS s(bin)
    LEFT JOIN counts ON counts.bin = s.bin
    LEFT JOIN ranked ON ranked.bin = s.bin AND ranked.rank = 1
    ORDER BY s.bin`;
}
