import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** The team's outlet names, A→Z, for the outlet picker. Any member. */
export async function listSourceNames(options: { user: SessionUser; teamId: string }): Promise<string[]> {
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const sources = await db.source.findMany({ where: { teamId: access.teamId }, select: { name: true }, orderBy: { name: 'asc' } });
  return sources.map((source) => source.name);
}
