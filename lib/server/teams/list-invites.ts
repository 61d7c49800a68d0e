import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { INVITE_SELECT, toInviteDto, type InviteDto } from '@/lib/server/teams/invite-dto';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** OWNER only: the team's invites, newest first (pending, and the last 50 settled ones). */
export async function listInvites(options: { user: SessionUser; teamId: string }): Promise<InviteDto[]> {
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'manage', what: 'That team' });
  const rows = await db.invite.findMany({
    where: { teamId: options.teamId },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 200,
    select: INVITE_SELECT,
  });
  const invites = rows.map(toInviteDto);
  const pending = invites.filter((invite) => invite.state === 'pending');
  const settled = invites.filter((invite) => invite.state !== 'pending').slice(0, 50);
  return [...pending, ...settled];
}
