import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { annotationSelect, toAnnotationDto, type AnnotationDto } from '@/lib/server/annotations/annotation-dto';
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
  await requireTeamAccess({ user: options.user, teamId, need: 'read', what: 'That article' });
  const [stats] = await db.$queryRaw<{ count: bigint; newest: Date | null; versions: bigint | null }[]>`
    SELECT count(*) AS count, max("updatedAt") AS newest, sum(version) AS versions
    FROM "Annotation" WHERE "documentId" = ${options.documentId}`;
  return `${stats?.count ?? 0}-${stats?.newest?.getTime() ?? 0}-${stats?.versions ?? 0}`;
}

/** Every highlight of an article, by position, for any member of its team. */
export async function listAnnotations(options: { user: SessionUser; documentId: string }): Promise<AnnotationDto[]> {
  const teamId = await documentTeam(options.documentId);
  await requireTeamAccess({ user: options.user, teamId, need: 'read', what: 'That article' });
  const rows = await db.annotation.findMany({
    where: { documentId: options.documentId },
    select: annotationSelect,
    orderBy: [{ start: 'asc' }, { end: 'desc' }, { id: 'asc' }],
  });
  return rows.map(toAnnotationDto);
}
