import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { annotationSelect, toAnnotationDto, type AnnotationDto } from '@/lib/server/annotations/annotation-dto';
import { EMPTY_PASSAGE_RATINGS, passageRatingsFor } from '@/lib/server/ratings/passage-ratings';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** A cheap fingerprint of a document's highlights: changes whenever one is added, edited or removed. */
export type AnnotationsVersion = string;

async function documentTeam(documentId: string): Promise<string> {
  const document = await db.document.findUnique({ where: { id: documentId }, select: { teamId: true } });
  if (!document) throw notFound('That article');
  return document.teamId;
}

export async function getAnnotationsVersion(options: { user: SessionUser; documentId: string }): Promise<AnnotationsVersion> {
  const document = await db.document.findUnique({ where: { id: options.documentId }, select: { teamId: true, revision: true } });
  if (!document) throw notFound('That article');
  const access = await requireTeamAccess({ user: options.user, teamId: document.teamId, need: 'read', what: 'That article' });
  // The revision only grows (every highlight or rating write bumps it); the blind setting decides who sees what.
  return `${document.revision}-${access.isBlind ? 'b' : 'o'}`;
}

/** Every highlight of an article, by position, for any member of its team, with the ratings they may see. */
export async function listAnnotations(options: { user: SessionUser; documentId: string }): Promise<AnnotationDto[]> {
  const teamId = await documentTeam(options.documentId);
  const access = await requireTeamAccess({ user: options.user, teamId, need: 'read', what: 'That article' });
  const [rows, ratings] = await Promise.all([
    db.annotation.findMany({ where: { documentId: options.documentId }, select: annotationSelect, orderBy: [{ start: 'asc' }, { end: 'desc' }, { id: 'asc' }] }),
    passageRatingsFor({ annotationIds: { documentId: options.documentId }, userId: options.user.id, isBlind: access.isBlind }),
  ]);
  return rows.map((row) => toAnnotationDto(row, ratings.get(row.id) ?? EMPTY_PASSAGE_RATINGS));
}
