import 'server-only';
import { summarizeReliability, type OrdinalSummary, type Reliability } from '@/lib/agreement/admiralty';
import { db } from '@/lib/db';
import { seenRatings, splitForViewer } from '@/lib/server/ratings/blind';

/** One analyst's reliability rating of an outlet, as the API shows it. */
export type SourceRatingDto = { user: { id: string; name: string }; reliability: Reliability; rationale: string; version: number; updatedAt: string };

/** What the viewer may know of an outlet's ratings (blind rule applied), and the consensus of what they see. */
export type SourceRatingsDto = { mine: SourceRatingDto | null; others: SourceRatingDto[]; hiddenCount: number; summary: OrdinalSummary<Reliability> | null };

export const EMPTY_SOURCE_RATINGS: SourceRatingsDto = { mine: null, others: [], hiddenCount: 0, summary: null };

export async function sourceRatingsFor(options: { sourceIds: string[]; userId: string; isBlind: boolean }): Promise<Map<string, SourceRatingsDto>> {
  const rows = await db.sourceRating.findMany({
    where: { sourceId: { in: options.sourceIds } },
    select: { sourceId: true, reliability: true, rationale: true, version: true, updatedAt: true, user: { select: { id: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const bySource = new Map<string, SourceRatingDto[]>();
  for (const { sourceId, updatedAt, ...rating } of rows) {
    bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), { ...rating, updatedAt: updatedAt.toISOString() }]);
  }
  const views = new Map<string, SourceRatingsDto>();
  for (const [sourceId, ratings] of bySource) {
    const split = splitForViewer(ratings, { userId: options.userId, isBlind: options.isBlind });
    const seen = seenRatings(split);
    views.set(sourceId, { ...split, summary: split.hiddenCount === 0 && seen.length ? summarizeReliability(seen.map((r) => r.reliability)) : null });
  }
  return views;
}
