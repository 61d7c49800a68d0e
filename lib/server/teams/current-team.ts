import 'server-only';
import { cookies } from 'next/headers';
import type { SessionUser } from '@/lib/auth/session';
import { listTeams, type TeamSummary } from '@/lib/server/teams/list-teams';

/** The cookie that remembers which of their teams a user is working in. */
export const TEAM_COOKIE = 'credence-team';

/** The user's teams and the one they are working in (the remembered one if still a member). */
export async function getCurrentTeam(options: { user: SessionUser }): Promise<{ teams: TeamSummary[]; current: TeamSummary | null }> {
  const teams = await listTeams({ user: options.user });
  const remembered = (await cookies()).get(TEAM_COOKIE)?.value;
  const current = teams.find((team) => team.id === remembered) ?? teams[0] ?? null;
  return { teams, current };
}
