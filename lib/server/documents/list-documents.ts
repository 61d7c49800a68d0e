import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { canReadTeam } from '@/lib/permissions';
import { getTeamAccess } from '@/lib/server/teams/get-team-access';

/** A row of the documents list. */
export type DocumentListItem = {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: Date | null;
  length: number;
  createdAt: Date;
};

export async function listDocuments(options: { user: SessionUser; teamId: string }): Promise<DocumentListItem[]> {
  const access = await getTeamAccess({ user: options.user, teamId: options.teamId });
  if (!canReadTeam(access)) throw notFound('That team');
  const documents = await db.document.findMany({
    where: { teamId: access.teamId },
    select: { id: true, title: true, author: true, publishedAt: true, length: true, createdAt: true, source: { select: { name: true } } },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }],
  });
  return documents.map(({ source, ...document }) => ({ ...document, outlet: source?.name ?? null }));
}
