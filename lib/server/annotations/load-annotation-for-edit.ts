import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { canEditAnnotation, canReadTeam } from '@/lib/permissions';
import { getTeamAccess } from '@/lib/server/teams/get-team-access';

/** The stored highlight, after checking the user may change it (404 outside the team, 403 inside). */
export async function loadAnnotationForEdit(options: { user: SessionUser; annotationId: string }) {
  const annotation = await db.annotation.findUnique({
    where: { id: options.annotationId },
    select: { id: true, teamId: true, documentId: true, authorId: true, start: true, end: true, version: true, note: true, tags: { select: { tagId: true } } },
  });
  if (!annotation) throw notFound('That highlight');
  const access = await getTeamAccess({ user: options.user, teamId: annotation.teamId });
  if (!canReadTeam(access)) throw notFound('That highlight');
  if (!canEditAnnotation(access, options.user.id, annotation)) {
    throw new AppError('FORBIDDEN', access.role === 'VIEWER' ? 'Viewers cannot change highlights.' : 'Only its author or a team owner can change this highlight.');
  }
  return annotation;
}
