import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { tagSelect, toTagDto, type TagDto } from '@/lib/server/tags/tag-dto';

/** The team's themes, by shortcut then name. */
export async function listTags(options: { user: SessionUser; teamId: string; archived?: 'include' | 'exclude' | 'only' }): Promise<TagDto[]> {
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const archived = options.archived ?? 'exclude';
  const rows = await db.tag.findMany({
    where: { teamId: options.teamId, ...(archived === 'exclude' ? { archivedAt: null } : archived === 'only' ? { archivedAt: { not: null } } : {}) },
    select: tagSelect,
    orderBy: [{ shortcut: { sort: 'asc', nulls: 'last' } }, { name: 'asc' }],
  });
  return rows.map(toTagDto);
}
