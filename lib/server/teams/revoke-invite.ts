import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { INVITE_SELECT, inviteState, toInviteDto, type InviteDto } from '@/lib/server/teams/invite-dto';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** OWNER of the invite's team only: the link stops working. An accepted invite cannot be revoked (409). */
export async function revokeInvite(options: { user: SessionUser; inviteId: string }): Promise<InviteDto> {
  const stored = await db.invite.findUnique({ where: { id: options.inviteId }, select: INVITE_SELECT });
  if (!stored) throw notFound('That invite');
  await requireTeamAccess({ user: options.user, teamId: stored.teamId, need: 'manage', what: 'That invite' });
  return db.$transaction(async (tx) => {
    const now = new Date();
    const revoked = await tx.invite.updateMany({
      where: { id: stored.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const row = await tx.invite.findUnique({ where: { id: stored.id }, select: INVITE_SELECT });
    if (revoked.count === 0) {
      if (inviteState(row!) === 'accepted') throw new AppError('CONFLICT', 'That invite has already been accepted: remove the member instead.');
      return toInviteDto(row!); // already revoked: revoking again changes nothing
    }
    await recordAuditEvent(tx, {
      teamId: stored.teamId,
      actorId: options.user.id,
      action: 'invite.revoke',
      entityType: 'Invite',
      entityId: stored.id,
      before: { email: stored.email, role: stored.role, state: inviteState(stored, now) },
    });
    return toInviteDto(row!);
  });
}
