import 'server-only';
import { Prisma } from '@prisma/client';
import { admiraltyCode, summarizeCredibilityCounts, type Credibility, type Reliability } from '@/lib/agreement/admiralty';
import { alphaFromTally, type AlphaResult, type CoincidenceTally } from '@/lib/agreement/krippendorff';
import { db } from '@/lib/db';
import { foldTeamTallies, parseProfile, talliesSql, type GradeCounts } from '@/lib/server/dashboard/article-tallies';
import { isoTimeSql, ratingsInScopeSql, type RatingsScope } from '@/lib/server/dashboard/visible-ratings';
import type { Viewer } from '@/lib/server/dashboard/credibility-figures';
import type { DocumentAgreementDto } from '@/lib/server/ratings/document-agreement';
import { EMPTY_SOURCE_RATINGS, sourceRatingsFor } from '@/lib/server/ratings/source-ratings';

// The Admiralty summary and Krippendorff's alpha of articles, from the articles' rating
// profiles (docs/decisions/013): how many passages hold exactly a given count of ratings of each
// grade, kept by the database, a few hundred rows per article however many passages. Each profile
// gives its passages' judgeable ratings, lower median and ordered pairs of grades (addProfile);
// TypeScript sums them into alpha (alphaFromTally) and the median credibility
// (summarizeCredibilityCounts): the same figures as getDocumentAgreement
// (lib/server/ratings/document-agreement.ts), which loads every rating. A blind viewer's profiles
// are counted from the passages they rated. These functions trust their caller to have checked
// access and folded the articles' tallies. See docs/decisions/010-dashboard-cold.md and 013.

const SCALE = [1, 2, 3, 4, 5] as const;

/** Per article: the rated passages the viewer may see, hidden ones, and alpha's tally. */
type Tally = { visible: number; hidden: number; ratings: number; changed: string | null; medians: Partial<Record<Credibility, number>>; bySize: Map<number, { size: number; units: number; pairs: number[] }> };
type Tallies = Map<string, Tally>;
const emptyTally = (): Tally => ({ visible: 0, hidden: 0, ratings: 0, changed: null, medians: {}, bySize: new Map() });

/** `passages` passages of an article that each hold `counts` ratings of grades 1 to 6, seen by the viewer or hidden. */
type ProfileRow = { documentId: string; counts: GradeCounts; passages: number; visible: boolean };

/**
 * Adds a profile's passages to a tally: their ratings, their lower median (the grade at position
 * ⌊(m − 1)/2⌋ of the m judgeable ratings) and, per pair of grades, the ordered pairs of judgeable
 * ratings they hold (Krippendorff's coincidences, grouped by m).
 */
function addProfile(tally: Tally, { counts, passages, visible }: ProfileRow): void {
  if (!visible) {
    tally.hidden += passages;
    return;
  }
  const judged = counts.slice(0, SCALE.length);
  const m = judged.reduce((sum, count) => sum + count, 0);
  tally.visible += passages;
  tally.ratings += passages * counts.reduce((sum, count) => sum + count, 0);
  for (let grade = 0, below = 0; grade < SCALE.length && m > 0; grade++) {
    below += judged[grade]!;
    if (below > (m - 1) / 2) {
      const median = SCALE[grade]!;
      tally.medians[median] = (tally.medians[median] ?? 0) + passages;
      break;
    }
  }
  if (m < 2) return;
  const group = tally.bySize.get(m) ?? { size: m, units: 0, pairs: new Array<number>(SCALE.length ** 2).fill(0) };
  group.units += passages;
  for (let c = 0; c < SCALE.length; c++) {
    for (let k = 0; k < SCALE.length; k++) group.pairs[c * SCALE.length + k]! += passages * judged[c]! * (c === k ? judged[c]! - 1 : judged[k]!);
  }
  tally.bySize.set(m, group);
}

/**
 * The rating profiles in scope (folded by the caller). Every article's profile rows count as
 * hidden; a blind viewer's passages are those they rated (their own ratings, index (documentId,
 * userId, annotationId), each passage's counts from PassageTally: all of its ratings, as the blind
 * rule shows them), counted again as visible. In an open team every passage is visible.
 */
async function readProfiles(scope: RatingsScope, viewer: Viewer): Promise<ProfileRow[]> {
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
  const rows = await db.$queryRaw<{ documentId: string; profile: string; passages: number; visible: boolean }[]>`
    SELECT x."documentId", x.k1 AS profile, x.n::int AS passages, NOT ${viewer.isBlind} AS visible
    FROM (${talliesSql(scope, ['profile'])}) x
    ${own}`;
  return rows.map((row) => ({ ...row, counts: parseProfile(row.profile) }));
}

/**
 * The articles' tallies in scope, with each article's last rating change (one probe per article
 * of the index (documentId, updatedAt)). A blind viewer's hidden passages are the article's less
 * theirs (never below 0: the profiles were folded a moment before their own ratings were read).
 */
async function articleTallies(scope: RatingsScope, viewer: Viewer): Promise<Tallies> {
  const articles = 'documentId' in scope ? Prisma.sql`SELECT ${scope.documentId}::text AS id` : Prisma.sql`SELECT d.id FROM "Document" d WHERE d."teamId" = ${scope.teamId}`;
  const [profiles, lastRated] = await Promise.all([
    readProfiles(scope, viewer),
    db.$queryRaw<{ documentId: string; changed: string | null }[]>`
      SELECT a.id AS "documentId",
             (SELECT ${isoTimeSql(Prisma.sql`max(r."updatedAt")`)} FROM "PassageRating" r WHERE r."documentId" = a.id) AS changed
      FROM (${articles}) a`,
  ]);
  const tallies: Tallies = new Map(lastRated.map(({ documentId, changed }) => [documentId, { ...emptyTally(), changed }]));
  for (const row of profiles) {
    const tally = tallies.get(row.documentId) ?? emptyTally();
    addProfile(tally, row);
    tallies.set(row.documentId, tally);
  }
  if (viewer.isBlind) for (const tally of tallies.values()) tally.hidden = Math.max(0, tally.hidden - tally.visible);
  return tallies;
}

type Article = { id: string; source: { id: string; name: string } | null };

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
  const result = await agreementsOf([article], articleTallies({ documentId: article.id }, viewer), viewer);
  return result.get(article.id)!;
}

/** The same for every article of a team (their tallies folded by the caller). */
export async function teamAgreements(teamId: string, viewer: Viewer): Promise<Map<string, ArticleRatings>> {
  const articles = await db.document.findMany({ where: { teamId }, select: { id: true, source: { select: { id: true, name: true } } } });
  return agreementsOf(articles, articleTallies({ teamId }, viewer), viewer);
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
  const tally = emptyTally();
  for (const row of await readProfiles({ teamId }, viewer)) addProfile(tally, row);
  return alphaFromTally({ units: tally.visible, bySize: [...tally.bySize.values()] }, 'ordinal', SCALE);
}
