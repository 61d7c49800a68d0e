import 'server-only';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';
import type { TeamAccess } from '@/lib/permissions';

/** The user's membership of a team, or null when they are not on it. */
export async function getTeamAccess(options: { user: SessionUser; teamId: string }): Promise<TeamAccess | null> {
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId: options.teamId, userId: options.user.id } },
    select: { teamId: true, role: true, team: { select: { blindRatings: true } } },
  });
  return membership ? { teamId: membership.teamId, role: membership.role, isBlind: membership.team.blindRatings } : null;
}
