import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { INVITE_SELECT, inviteState, toInviteDto, type InviteDto, type InviteRow } from '@/lib/server/teams/invite-row';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** OWNER of the invite's team only: the link stops working. An accepted invite cannot be revoked (409). */
export async function revokeInvite(options: { user: SessionUser; inviteId: string }): Promise<InviteDto> {
  const [stored] = await db.$queryRaw<InviteRow[]>`${INVITE_SELECT} WHERE i.id = ${options.inviteId}`;
  if (!stored) throw notFound('That invite');
  await requireTeamAccess({ user: options.user, teamId: stored.teamId, need: 'manage', what: 'That invite' });
  return db.$transaction(async (tx) => {
    const now = new Date();
    const revoked = await tx.$executeRaw`
      UPDATE "Invite" SET "revokedAt" = ${now}::timestamp(3) WHERE id = ${stored.id} AND "acceptedAt" IS NULL AND "revokedAt" IS NULL`;
    const [row] = await tx.$queryRaw<InviteRow[]>`${INVITE_SELECT} WHERE i.id = ${stored.id}`;
    if (revoked === 0) {
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
