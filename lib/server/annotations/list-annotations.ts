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
  const teamId = await documentTeam(options.documentId);
  const access = await requireTeamAccess({ user: options.user, teamId, need: 'read', what: 'That article' });
  // Ratings are part of what the reader shows, and the blind setting decides who sees them.
  const [stats] = await db.$queryRaw<{ count: bigint; newest: Date | null; versions: bigint | null; ratings: bigint; rated: Date | null }[]>`
    SELECT count(*) AS count, max(a."updatedAt") AS newest, sum(a.version) AS versions,
           (SELECT count(*) FROM "PassageRating" r JOIN "Annotation" x ON x.id = r."annotationId" WHERE x."documentId" = ${options.documentId}) AS ratings,
           (SELECT max(r."updatedAt") FROM "PassageRating" r JOIN "Annotation" x ON x.id = r."annotationId" WHERE x."documentId" = ${options.documentId}) AS rated
    FROM "Annotation" a WHERE a."documentId" = ${options.documentId}`;
  const parts = [stats?.count ?? 0, stats?.newest?.getTime() ?? 0, stats?.versions ?? 0, stats?.ratings ?? 0, stats?.rated?.getTime() ?? 0, access.isBlind ? 'b' : 'o'];
  return parts.join('-');
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
