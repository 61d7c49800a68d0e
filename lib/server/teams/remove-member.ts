import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { leaveTeam } from '@/lib/server/teams/leave-team';
import { assertStillOwner, lastOwnerError, lockOwners } from '@/lib/server/teams/membership-rules';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/**
 * OWNER only: takes a member off the team (removing yourself is leaving). The account is kept, and
 * so are the member's highlights and ratings, still attributed to them.
 */
export async function removeMember(options: { user: SessionUser; teamId: string; userId: string }): Promise<void> {
  if (options.userId === options.user.id) return leaveTeam({ user: options.user, teamId: options.teamId });
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'manage', what: 'That team' });
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, options.teamId);
    assertStillOwner(owners, options.user.id);
    const member = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: options.teamId, userId: options.userId } },
      select: { id: true, role: true, user: { select: { email: true, name: true } } },
    });
    if (!member) throw notFound('That member');
    if (member.role === 'OWNER' && owners.length <= 1) throw lastOwnerError('A team needs at least one owner.');
    await tx.membership.delete({ where: { id: member.id } });
    await recordAuditEvent(tx, {
      teamId: options.teamId,
      actorId: options.user.id,
      action: 'member.remove',
      entityType: 'Membership',
      entityId: member.id,
      before: { userId: options.userId, email: member.user.email, name: member.user.name, role: member.role },
    });
  });
}
