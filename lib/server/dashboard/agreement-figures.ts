import 'server-only';
import { Prisma } from '@prisma/client';
import { admiraltyCode, summarizeCredibilityCounts, type Credibility, type Reliability } from '@/lib/agreement/admiralty';
import { alphaFromTally, type AlphaResult, type CoincidenceTally } from '@/lib/agreement/krippendorff';
import { db } from '@/lib/db';
import { foldTeamTallies, parseProfile, teamTalliesSql, type GradeCounts } from '@/lib/server/dashboard/article-tallies';
import { laterTime } from '@/lib/server/dashboard/headline-figures';
import { isoTimeSql, ratingsInScopeSql, type RatingsScope } from '@/lib/server/dashboard/visible-ratings';
import type { Viewer } from '@/lib/server/dashboard/credibility-figures';
import type { DocumentAgreementDto } from '@/lib/server/ratings/document-agreement';
import { EMPTY_SOURCE_RATINGS, sourceRatingsFor } from '@/lib/server/ratings/source-ratings';

// The Admiralty summary and Krippendorff's alpha of articles, from the articles' rating
// profiles (docs/decisions/013): how many passages hold exactly a given count of ratings of each
// grade, kept by the database, a few hundred rows per article however many passages. Each profile
// gives its passages' judgeable ratings, lower median and ordered pairs of grades (profileRow);
// TypeScript sums them into alpha (alphaFromTally) and the median credibility
// (summarizeCredibilityCounts): the same figures as getDocumentAgreement
// (lib/server/ratings/document-agreement.ts), which loads every rating. A blind viewer's profiles
// are counted from the passages they rated. These functions trust their caller to have checked
// access and folded the articles' tallies. See docs/decisions/010-dashboard-cold.md and 013.

const SCALE = [1, 2, 3, 4, 5] as const;
/** The upper triangle of the 5 × 5 grade pairs, in the order the query lists them. */
const PAIRS: [number, number][] = SCALE.flatMap((c, i) => SCALE.slice(i).map((k): [number, number] => [c, k]));

type TallyRow = { documentId: string; visible: boolean; m: number; median: number | null; passages: number; ratings: number; changed: string | null; pairs: number[] };

/** Per article: the rated passages the viewer may see, hidden ones, and alpha's tally. */
type Tally = { visible: number; hidden: number; ratings: number; changed: string | null; medians: Partial<Record<Credibility, number>>; bySize: Map<number, { size: number; units: number; pairs: number[] }> };
type Tallies = Map<string, Tally>;
const emptyTally = (): Tally => ({ visible: 0, hidden: 0, ratings: 0, changed: null, medians: {}, bySize: new Map() });

/** Adds tally rows (per article, per group of passages alike) into the articles' tallies. */
function addRows(tallies: Tallies, rows: Iterable<TallyRow>): Tallies {
  for (const row of rows) {
    const tally = tallies.get(row.documentId) ?? emptyTally();
    tallies.set(row.documentId, tally);
    tally.changed = laterTime(tally.changed, row.changed);
    if (!row.visible) {
      tally.hidden += row.passages;
      continue;
    }
    tally.visible += row.passages;
    tally.ratings += row.ratings;
    if (row.median !== null) tally.medians[row.median as Credibility] = (tally.medians[row.median as Credibility] ?? 0) + row.passages;
    if (row.m < 2) continue;
    const group = tally.bySize.get(row.m) ?? { size: row.m, units: 0, pairs: new Array<number>(SCALE.length ** 2).fill(0) };
    group.units += row.passages;
    PAIRS.forEach(([c, k], i) => {
      const pairs = row.pairs[i] ?? 0;
      group.pairs[(c - 1) * SCALE.length + (k - 1)] = (group.pairs[(c - 1) * SCALE.length + (k - 1)] ?? 0) + pairs;
      if (c !== k) group.pairs[(k - 1) * SCALE.length + (c - 1)] = (group.pairs[(k - 1) * SCALE.length + (c - 1)] ?? 0) + pairs;
    });
    tally.bySize.set(row.m, group);
  }
  return tallies;
}

/**
 * The tally row of `passages` passages that each hold `counts` ratings of grades 1 to 6: their
 * m judgeable ratings, lower median and ordered pairs of grades.
 */
export function profileRow(documentId: string, counts: GradeCounts, passages: number, visible: boolean): TallyRow {
  const judged = counts.slice(0, SCALE.length);
  const m = judged.reduce((sum, count) => sum + count, 0);
  let median: number | null = null;
  for (let grade = 0, below = 0; m > 0 && median === null; grade++) {
    below += judged[grade]!;
    if (below > (m - 1) / 2) median = grade + 1;
  }
  const pairs = PAIRS.map(([c, k]) => passages * (c === k ? judged[c - 1]! * (judged[c - 1]! - 1) : judged[c - 1]! * judged[k - 1]!));
  const ratings = passages * counts.reduce((sum, count) => sum + count, 0);
  return { documentId, visible, m, median, passages, ratings, changed: null, pairs };
}

/**
 * The articles' tallies from their 'profile' tallies (folded by the caller). A blind viewer sees
 * the passages they rated (their own ratings, index (documentId, userId, annotationId), each
 * passage's counts from PassageTally); the rest of the article's passages are hidden from them. The last rating change
 * is one probe per article of the index (documentId, updatedAt).
 */
async function profileTallies(scope: RatingsScope, viewer: Viewer): Promise<Tallies> {
  // A blind viewer's passages are those they rated: their counts per grade are the passages'
  // tallies (PassageTally, all of the passage's ratings, as the blind rule shows them).
  const own = viewer.isBlind
    ? Prisma.sql`
      UNION ALL
      SELECT m."documentId", concat_ws(',', p.c1, p.c2, p.c3, p.c4, p.c5, p.c6) AS profile, count(*)::int AS passages, true AS visible
      FROM "PassageRating" m
      -- One primary-key probe per passage rated (LIMIT keeps the planner from hashing every tally).
      CROSS JOIN LATERAL (SELECT t.* FROM "PassageTally" t WHERE t."annotationId" = m."annotationId" LIMIT 1) p
      WHERE ${ratingsInScopeSql(scope, 'm')} AND m."userId" = ${viewer.userId}
      GROUP BY 1, 2`
    : Prisma.empty;
  const articles = 'documentId' in scope ? Prisma.sql`SELECT ${scope.documentId}::text AS id` : Prisma.sql`SELECT d.id FROM "Document" d WHERE d."teamId" = ${scope.teamId}`;
  const [rows, lastRated] = await Promise.all([
    db.$queryRaw<{ documentId: string; profile: string; passages: number; visible: boolean }[]>`
      SELECT x."documentId", x.k1 AS profile, x.n::int AS passages, false AS visible
      FROM (${'documentId' in scope ? Prisma.sql`SELECT * FROM "ArticleTally" t WHERE t."documentId" = ${scope.documentId} AND t.kind = 'profile' AND t.n > 0` : teamTalliesSql(scope.teamId, ['profile'])}) x
      ${own}`,
    db.$queryRaw<{ documentId: string; changed: string | null }[]>`
      SELECT a.id AS "documentId",
             (SELECT ${isoTimeSql(Prisma.sql`max(r."updatedAt")`)} FROM "PassageRating" r WHERE r."documentId" = a.id) AS changed
      FROM (${articles}) a`,
  ]);
  // Every profile row counts its passages as hidden, and a blind viewer's own rows as visible: the
  // hidden passages are the article's less the viewer's. In an open team every passage is visible.
  const tallies = addRows(
    new Map(),
    rows.map((row) => profileRow(row.documentId, parseProfile(row.profile), row.passages, !viewer.isBlind || row.visible)),
  );
  for (const { documentId, changed } of lastRated) {
    const tally = tallies.get(documentId) ?? emptyTally();
    // (Never below 0: the profiles were folded a moment before the viewer's own ratings were read.)
    if (viewer.isBlind) tally.hidden = Math.max(0, tally.hidden - tally.visible);
    tally.changed = changed;
    tallies.set(documentId, tally);
  }
  return tallies;
}

type Article = { id: string; source: { id: string; name: string } | null };

/** getDocumentAgreement's figures for each of these articles (all of one team), keyed by article id. */
/** getDocumentAgreement's figures, with the passages rated by anyone and the last rating change (ISO 8601). */
export type ArticleRatings = Pick<DocumentAgreementDto, 'admiralty' | 'agreement'> & { ratedPassages: number; lastRated: string | null };

async function agreementsOf(articles: Article[], talliesOf: Promise<Tallies>, viewer: Viewer): Promise<Map<string, ArticleRatings>> {
  const sourceIds = [...new Set(articles.flatMap((article) => (article.source ? [article.source.id] : [])))];
  const [tallies, outletRatings] = await Promise.all([talliesOf, sourceIds.length ? sourceRatingsFor({ sourceIds, ...viewer }) : Promise.resolve(new Map())]);
  const result = new Map<string, ArticleRatings>();
  for (const article of articles) {
    const tally = tallies.get(article.id) ?? emptyTally();
    const credibility = summarizeCredibilityCounts(tally.medians);
    const outlet = article.source ? { ...article.source, ratings: outletRatings.get(article.source.id) ?? EMPTY_SOURCE_RATINGS } : null;
    const coincidences: CoincidenceTally = { units: tally.visible, bySize: [...tally.bySize.values()] };
    const alpha = (metric: 'ordinal' | 'nominal' | 'interval') => alphaFromTally(coincidences, metric, SCALE);
    result.set(article.id, {
      admiralty: {
        code: admiraltyCode((outlet?.ratings.summary?.median ?? null) as Reliability | null, credibility.median),
        outlet,
        credibility: { ...credibility, passagesRated: credibility.count, ratings: tally.ratings, hiddenPassages: tally.hidden },
      },
      agreement: { ordinal: alpha('ordinal'), nominal: alpha('nominal'), interval: alpha('interval'), scope: viewer.isBlind ? 'rated-by-you' : 'all' },
      ratedPassages: tally.visible + tally.hidden,
      lastRated: tally.changed,
    });
  }
  return result;
}

/** The Admiralty summary and agreement of one article, as getDocumentAgreement gives them. */
export async function documentAgreement(article: Article, viewer: Viewer): Promise<ArticleRatings> {
  const result = await agreementsOf([article], profileTallies({ documentId: article.id }, viewer), viewer);
  return result.get(article.id)!;
}

/** The same for every article of a team (their tallies folded by the caller). */
export async function teamAgreements(teamId: string, viewer: Viewer): Promise<Map<string, ArticleRatings>> {
  const articles = await db.document.findMany({ where: { teamId }, select: { id: true, source: { select: { id: true, name: true } } } });
  return agreementsOf(articles, profileTallies({ teamId }, viewer), viewer);
}

/**
 * Ordinal alpha on passage credibility over every article of a team, as the viewer may see the
 * ratings (the sources page): the articles' tallies summed, pair counts per unit size being exact
 * integers, so the result is the one krippendorffAlpha gives on the units themselves. The ratings
 * stay in the database (a team of a million highlights has over a million of them): the team's
 * articles' tallies are folded here, then their profiles read.
 */
export async function teamPassageAlpha(teamId: string, viewer: Viewer): Promise<AlphaResult> {
  await foldTeamTallies(teamId);
  const tallies = await profileTallies({ teamId }, viewer);
  const bySize = new Map<number, { size: number; units: number; pairs: number[] }>();
  let units = 0;
  for (const tally of tallies.values()) {
    units += tally.visible;
    for (const group of tally.bySize.values()) {
      const total = bySize.get(group.size) ?? { size: group.size, units: 0, pairs: new Array<number>(SCALE.length ** 2).fill(0) };
      total.units += group.units;
      group.pairs.forEach((pairs, i) => (total.pairs[i] = (total.pairs[i] ?? 0) + pairs));
      bySize.set(group.size, total);
    }
  }
  return alphaFromTally({ units, bySize: [...bySize.values()] }, 'ordinal', SCALE);
}
