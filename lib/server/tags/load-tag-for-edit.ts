import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** The stored theme, after checking the user may manage its team's themes (OWNER or EDITOR). */
export async function loadTagForEdit(options: { user: SessionUser; tagId: string }) {
  const tag = await db.tag.findUnique({
    where: { id: options.tagId },
    select: { id: true, teamId: true, name: true, color: true, description: true, shortcut: true, archivedAt: true, version: true },
  });
  if (!tag) throw notFound('That theme');
  await requireTeamAccess({ user: options.user, teamId: tag.teamId, need: 'edit', what: 'That theme' });
  return tag;
}
