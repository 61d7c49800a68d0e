import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import type { MemberDto } from '@/lib/server/teams/list-members';
import { assertStillOwner, lastOwnerError, lockOwners } from '@/lib/server/teams/membership-rules';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { changeRoleSchema, type ChangeRoleInput } from '@/lib/validation/teams';

/** OWNER only: gives a member another role. The last owner cannot be demoted (409). */
export async function changeMemberRole(options: { user: SessionUser; teamId: string; userId: string; input: ChangeRoleInput }): Promise<MemberDto> {
  const { role } = parseInput(changeRoleSchema, options.input);
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'manage', what: 'That team' });
  return db.$transaction(async (tx) => {
    const owners = await lockOwners(tx, options.teamId);
    assertStillOwner(owners, options.user.id);
    const where = { teamId_userId: { teamId: options.teamId, userId: options.userId } };
    const member = await tx.membership.findUnique({ where, select: { id: true, role: true } });
    if (!member) throw notFound('That member');
    if (member.role === 'OWNER' && role !== 'OWNER' && owners.length <= 1) {
      throw lastOwnerError('A team needs at least one owner: make another member an owner first.');
    }
    const updated = await tx.membership.update({
      where,
      data: { role },
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    });
    if (member.role !== role) {
      await recordAuditEvent(tx, {
        teamId: options.teamId,
        actorId: options.user.id,
        action: 'member.role',
        entityType: 'Membership',
        entityId: member.id,
        before: { userId: updated.user.id, email: updated.user.email, role: member.role },
        after: { userId: updated.user.id, email: updated.user.email, role },
      });
    }
    return { userId: updated.user.id, name: updated.user.name, email: updated.user.email, role: updated.role, joinedAt: updated.createdAt.toISOString() };
  });
}
