import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import { talliesSql } from '@/lib/server/dashboard/article-tallies';
import { isoTimeSql } from '@/lib/server/dashboard/visible-ratings';
import type { ActivityDay, SummaryHeadline } from '@/lib/server/dashboard/summary-types';

/**
 * The headline counts read from the article's highlights alone; the themes used come from
 * countThemes and the rated passages and the last rating change from the ratings' tally
 * (agreement-figures), each of which already reads those rows.
 */
export type HighlightCounts = Pick<SummaryHeadline, 'highlights' | 'analysts'> & { untagged: number; lastChange: string | null };

// These functions trust their caller to have checked the viewer's access to the article.

/**
 * Highlights, authors and untagged highlights from the article's tallies ('author' and 'tagged'
 * rows, folded by the caller: docs/decisions/013), and the last change from the index
 * (documentId, updatedAt): a few rows however large the article.
 */
export async function countHighlights(documentId: string): Promise<HighlightCounts> {
  const [row] = await db.$queryRaw<HighlightCounts[]>`
    SELECT COALESCE(sum(t.n) FILTER (WHERE t.kind = 'author'), 0)::int AS highlights,
           (count(*) FILTER (WHERE t.kind = 'author'))::int AS analysts,
           (COALESCE(sum(t.n) FILTER (WHERE t.kind = 'author'), 0) - COALESCE(sum(t.n) FILTER (WHERE t.kind = 'tagged'), 0))::int AS untagged,
           (SELECT ${isoTimeSql(Prisma.sql`max(a."updatedAt")`)} FROM "Annotation" a WHERE a."documentId" = ${documentId}) AS "lastChange"
    FROM (${talliesSql({ documentId }, ['author', 'tagged'])}) t`;
  return row!;
}

/** The later of two ISO 8601 UTC times of the same format (GREATEST: null only when both are). */
export function laterTime(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/**
 * Highlights created and ratings first given per UTC day (the current ratings' createdAt, so a
 * changed rating counts on the day it was first given), from the article's 'day' tallies (folded
 * by the caller). Days without either are left out.
 */
export async function listActivity(documentId: string): Promise<ActivityDay[]> {
  return db.$queryRaw<ActivityDay[]>`
    SELECT to_char(DATE '1970-01-01' + t.i1, 'YYYY-MM-DD') AS day,
           COALESCE(sum(t.n) FILTER (WHERE t.k1 = 'h'), 0)::int AS highlights,
           COALESCE(sum(t.n) FILTER (WHERE t.k1 = 'r'), 0)::int AS ratings
    FROM (${talliesSql({ documentId }, ['day'])}) t
    GROUP BY t.i1 ORDER BY t.i1`;
}
