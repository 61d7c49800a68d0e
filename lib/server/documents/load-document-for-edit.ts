import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { TeamAccess } from '@/lib/permissions';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** An article as a change to it needs it: its metadata and how many highlights hang on its text. */
export type EditableDocument = {
  id: string;
  teamId: string;
  title: string;
  author: string | null;
  publishedAt: Date | null;
  url: string | null;
  language: string;
  textSha256: string;
  source: { id: string; name: string } | null;
  highlights: number;
};

/** Loads the stored article and checks edit rights on its team: outsiders get 404, viewers 403. */
export async function loadDocumentForEdit(options: { user: SessionUser; documentId: string }): Promise<{ document: EditableDocument; access: TeamAccess }> {
  const stored = await db.document.findUnique({
    where: { id: options.documentId },
    select: {
      id: true, teamId: true, title: true, author: true, publishedAt: true, url: true, language: true, textSha256: true,
      source: { select: { id: true, name: true } }, _count: { select: { annotations: true } },
    },
  });
  if (!stored) throw notFound('That article');
  const access = await requireTeamAccess({ user: options.user, teamId: stored.teamId, need: 'edit', what: 'That article' });
  const { _count, ...document } = stored;
  return { document: { ...document, highlights: _count.annotations }, access };
}
