import 'server-only';
import { summarizeCredibility, type Credibility, type OrdinalSummary } from '@/lib/agreement/admiralty';
import { db } from '@/lib/db';
import { seenRatings, splitForViewer } from '@/lib/server/ratings/blind';

/** One analyst's credibility rating of a passage, as the API shows it. */
export type PassageRatingDto = { user: { id: string; name: string }; credibility: number; rationale: string; version: number; updatedAt: string };

/** What the viewer may know of a passage's ratings (blind rule applied) and the consensus of what they see. */
export type PassageRatingsDto = {
  mine: PassageRatingDto | null;
  others: PassageRatingDto[];
  hiddenCount: number;
  summary: OrdinalSummary<Credibility> | null;
};

export const EMPTY_PASSAGE_RATINGS: PassageRatingsDto = { mine: null, others: [], hiddenCount: 0, summary: null };

/** The ratings of each of these passages as `userId` may see them, keyed by annotation id. */
export async function passageRatingsFor(options: { annotationIds: string[] | { documentId: string }; userId: string; isBlind: boolean }): Promise<Map<string, PassageRatingsDto>> {
  const where = Array.isArray(options.annotationIds) ? { annotationId: { in: options.annotationIds } } : { documentId: options.annotationIds.documentId };
  const rows = await db.passageRating.findMany({
    where,
    select: { annotationId: true, credibility: true, rationale: true, version: true, updatedAt: true, user: { select: { id: true, name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  const byAnnotation = new Map<string, PassageRatingDto[]>();
  for (const { annotationId, updatedAt, ...rating } of rows) {
    const list = byAnnotation.get(annotationId) ?? [];
    list.push({ ...rating, updatedAt: updatedAt.toISOString() });
    byAnnotation.set(annotationId, list);
  }
  const views = new Map<string, PassageRatingsDto>();
  for (const [annotationId, ratings] of byAnnotation) {
    const split = splitForViewer(ratings, { userId: options.userId, isBlind: options.isBlind });
    const seen = seenRatings(split);
    const isVisible = split.hiddenCount === 0;
    views.set(annotationId, { ...split, summary: isVisible && seen.length ? summarizeCredibility(seen.map((r) => r.credibility)) : null });
  }
  return views;
}
