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
  // The themes are read by their article copy, not as a relation of each highlight: Prisma loads a
  // relation with a parameter per parent key, and with the composite key (annotationId,
  // documentId) an article of 33,000 highlights went past PostgreSQL's 65,535 parameters.
  const { tags: _relation, ...select } = annotationSelect;
  const [rows, themes, ratings] = await Promise.all([
    db.annotation.findMany({ where: { documentId: options.documentId }, select, orderBy: [{ start: 'asc' }, { end: 'desc' }, { id: 'asc' }] }),
    db.annotationTag.findMany({ where: { documentId: options.documentId }, select: { annotationId: true, tagId: true } }),
    passageRatingsFor({ annotationIds: { documentId: options.documentId }, userId: options.user.id, isBlind: access.isBlind }),
  ]);
  const tagsOf = new Map<string, { tagId: string }[]>();
  for (const { annotationId, tagId } of themes) {
    const list = tagsOf.get(annotationId);
    if (list) list.push({ tagId });
    else tagsOf.set(annotationId, [{ tagId }]);
  }
  return { etag, annotations: rows.map((row) => toAnnotationDto({ ...row, tags: tagsOf.get(row.id) ?? [] }, ratings.get(row.id) ?? EMPTY_PASSAGE_RATINGS)) };
}
