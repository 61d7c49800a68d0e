import 'server-only';
import { Prisma } from '@prisma/client';
import { db } from '@/lib/db';
import type { RatingsScope } from '@/lib/server/dashboard/visible-ratings';

// The article's figures kept by the database (docs/decisions/013-article-tallies.md): triggers
// append counted changes to ArticleTallyDelta; folding adds them into ArticleTally and
// PassageTally. Readers fold first, so the tallies include every committed write.

/**
 * Adds the articles' pending changes into their tallies (a few rows after each write). One
 * statement, so one transaction, per article: a fold holds its article's lock until it commits.
 */
export async function foldTallies(documentIds: string[]): Promise<void> {
  for (const id of documentIds) await db.$executeRaw`SELECT credence_fold_tallies(${id})`;
}

/** Folds the articles of a team that have changes pending (an index probe per article to find them). */
export async function foldTeamTallies(teamId: string): Promise<void> {
  const pending = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Document" d
    WHERE d."teamId" = ${teamId} AND EXISTS (SELECT 1 FROM "ArticleTallyDelta" x WHERE x."documentId" = d.id)`;
  await foldTallies(pending.map((row) => row.id));
}

/** A passage's current ratings per grade, 1 to 6 ('profile' rows of ArticleTally). */
export type GradeCounts = [number, number, number, number, number, number];

/** Parses a 'profile' key, "c1,c2,c3,c4,c5,c6". */
export function parseProfile(key: string): GradeCounts {
  const counts = key.split(',').map(Number);
  if (counts.length !== 6 || counts.some((count) => !Number.isInteger(count) || count < 0)) throw new Error(`Not a grade profile: ${key}`);
  return counts as GradeCounts;
}

/**
 * The tallies of the given kinds (n > 0) of one article or of a team's articles, as rows
 * ("documentId", kind, k1, k2, i1, i2, n). A team's are read article by article through the
 * primary key (documentId, kind, …): joined to the team's articles as a whole, the planner scans
 * every tally of the database when the team holds most of it.
 */
export function talliesSql(scope: RatingsScope, kinds: string[]): Prisma.Sql {
  const ofArticle = (documentId: Prisma.Sql) => Prisma.sql`
    SELECT t."documentId", t.kind, t.k1, t.k2, t.i1, t.i2, t.n FROM "ArticleTally" t
    WHERE t."documentId" = ${documentId} AND t.kind = ANY (${kinds}::text[]) AND t.n > 0`;
  if ('documentId' in scope) return ofArticle(Prisma.sql`${scope.documentId}`);
  return Prisma.sql`
    SELECT x.* FROM "Document" d
    CROSS JOIN LATERAL (${ofArticle(Prisma.sql`d.id`)} OFFSET 0) x -- OFFSET 0: per article, not flattened into one join
    WHERE d."teamId" = ${scope.teamId}`;
}
