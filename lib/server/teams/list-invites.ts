import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { INVITE_SELECT, toInviteDto, type InviteDto, type InviteRow } from '@/lib/server/teams/invite-row';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** OWNER only: the team's invites, newest first (pending, and the last 50 settled ones). */
export async function listInvites(options: { user: SessionUser; teamId: string }): Promise<InviteDto[]> {
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'manage', what: 'That team' });
  const rows = await db.$queryRaw<InviteRow[]>`${INVITE_SELECT} WHERE i."teamId" = ${options.teamId} ORDER BY i."createdAt" DESC, i.id LIMIT 200`;
  const invites = rows.map(toInviteDto);
  const pending = invites.filter((invite) => invite.state === 'pending');
  const settled = invites.filter((invite) => invite.state !== 'pending').slice(0, 50);
  return [...pending, ...settled];
}
