import 'server-only';
import type { Prisma } from '@prisma/client';
import { EMPTY_PASSAGE_RATINGS, type PassageRatingsDto } from '@/lib/server/ratings/passage-ratings';

/** The fields every annotation answer carries. */
export const annotationSelect = {
  id: true,
  documentId: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  note: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  tags: { select: { tagId: true } },
} satisfies Prisma.AnnotationSelect;

type AnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof annotationSelect }>;

/** A highlight as the API returns it (offsets in code points), with the ratings its viewer may see. */
export type AnnotationDto = Omit<AnnotationRow, 'tags' | 'createdAt' | 'updatedAt'> & {
  tagIds: string[];
  createdAt: string;
  updatedAt: string;
  ratings: PassageRatingsDto;
};

export function toAnnotationDto(row: AnnotationRow, ratings: PassageRatingsDto = EMPTY_PASSAGE_RATINGS): AnnotationDto {
  const { tags, createdAt, updatedAt, ...rest } = row;
  return { ...rest, tagIds: tags.map((tag) => tag.tagId).sort(), createdAt: createdAt.toISOString(), updatedAt: updatedAt.toISOString(), ratings };
}
