import 'server-only';
import { highlightsListingEtag } from '@/lib/server/annotations/listing-etag';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { annotationSelect, toAnnotationDto, type AnnotationDto } from '@/lib/server/annotations/annotation-dto';
import { EMPTY_PASSAGE_RATINGS, passageRatingsFor } from '@/lib/server/ratings/passage-ratings';

/** The highlights of an article (null when the caller's copy, named by `ifNoneMatch`, is current) and their ETag. */
export type AnnotationsListing = { etag: string; annotations: AnnotationDto[] | null };

/**
 * Every highlight of an article, by position, for any member of its team, with the ratings they may
 * see. The ETag is the article's revision (bumped by every highlight or rating write) and the
 * team's blind setting, so an unchanged list costs one small query.
 */
export async function listAnnotations(options: { user: SessionUser; documentId: string; ifNoneMatch?: string | null }): Promise<AnnotationsListing> {
  const { etag, access } = await highlightsListingEtag(options);
  if (options.ifNoneMatch === etag) return { etag, annotations: null };
  const [rows, ratings] = await Promise.all([
    db.annotation.findMany({ where: { documentId: options.documentId }, select: annotationSelect, orderBy: [{ start: 'asc' }, { end: 'desc' }, { id: 'asc' }] }),
    passageRatingsFor({ annotationIds: { documentId: options.documentId }, userId: options.user.id, isBlind: access.isBlind }),
  ]);
  return { etag, annotations: rows.map((row) => toAnnotationDto(row, ratings.get(row.id) ?? EMPTY_PASSAGE_RATINGS)) };
}
