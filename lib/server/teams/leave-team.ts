import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { lastOwnerError, lockOwners } from '@/lib/server/teams/membership-rules';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/**
 * Any member leaves a team, unless they are its last owner (409). Their highlights and ratings
 * stay, attributed to them: only the membership goes.
 */
export async function leaveTeam(options: { user: SessionUser; teamId: string }): Promise<void> {
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  await db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, options.teamId);
    const member = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: options.teamId, userId: options.user.id } },
      select: { id: true, role: true },
    });
    if (!member) throw notFound('That team');
    if (member.role === 'OWNER' && owners.length <= 1) {
      throw lastOwnerError('You are the last owner of this team: make another member an owner before you leave.');
    }
    await tx.membership.delete({ where: { id: member.id } });
    await recordAuditEvent(tx, {
      teamId: options.teamId,
      actorId: options.user.id,
      action: 'member.leave',
      entityType: 'Membership',
      entityId: member.id,
      before: { userId: options.user.id, email: options.user.email, role: member.role },
    });
  });
}
