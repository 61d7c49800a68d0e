import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { AppError, notFound } from '@/lib/errors';
import { canEditTeamContent, canManageTeam, canReadTeam, type TeamAccess } from '@/lib/permissions';
import { getTeamAccess } from '@/lib/server/teams/get-team-access';

/**
 * The user's access to the team that owns a stored record. Non-members get "not found" (another
 * team's records do not exist for them); members without the right get 403.
 */
export async function requireTeamAccess(options: {
  user: SessionUser;
  teamId: string;
  need: 'read' | 'edit' | 'manage';
  what?: string;
}): Promise<TeamAccess> {
  const access = await getTeamAccess({ user: options.user, teamId: options.teamId });
  return checkTeamAccess(access, options);
}

/** requireTeamAccess's rule on a membership already read (null: not a member), for callers that read it with the record. */
export function checkTeamAccess(access: TeamAccess | null, options: { need: 'read' | 'edit' | 'manage'; what?: string }): TeamAccess {
  if (!canReadTeam(access)) throw notFound(options.what ?? 'That record');
  if (options.need === 'edit' && !canEditTeamContent(access)) {
    throw new AppError('FORBIDDEN', 'Your role on this team is read-only: ask an owner to make you an editor.');
  }
  if (options.need === 'manage' && !canManageTeam(access)) {
    throw new AppError('FORBIDDEN', 'Only a team owner can manage the team: ask an owner.');
  }
  return access;
}
