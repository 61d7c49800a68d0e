import 'server-only';
import { randomUUID } from 'node:crypto';
import { Prisma } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { INVITE_SELECT, toInviteDto, type InviteDto } from '@/lib/server/teams/invite-dto';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { hashSecret, newSecret } from '@/lib/server/tokens/secret';
import { createInviteSchema, type CreateInviteInput } from '@/lib/validation/teams';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A new invite and its secret link path, which exists only in this answer. */
export type CreatedInvite = { invite: InviteDto; token: string; path: string };

/**
 * OWNER only: a single-use link for `email` to join with `role`. Someone already on the team is
 * refused (409). A newer invite for the same email replaces the pending ones (their links were shown
 * once and cannot be shown again, so a second invite is how an owner re-sends).
 */
export async function createInvite(options: { user: SessionUser; teamId: string; input: CreateInviteInput }): Promise<CreatedInvite> {
  const input = parseInput(createInviteSchema, options.input);
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'manage', what: 'That team' });
  const token = newSecret('inv_');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const id = `inv${randomUUID().replaceAll('-', '')}`;
  const invite = await db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({ where: { teamId: options.teamId, user: { email: input.email } }, select: { id: true } });
    if (member) {
      throw new AppError('CONFLICT', `${input.email} is already on this team.`, { fields: { email: [`${input.email} is already on this team.`] } });
    }
    const replaced = await tx.invite.updateManyAndReturn({
      where: { teamId: options.teamId, email: input.email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now },
      select: { id: true },
    });
    const created = await tx.invite.create({
      data: {
        id,
        teamId: options.teamId,
        email: input.email,
        role: input.role,
        tokenHash: hashSecret(token),
        createdById: options.user.id,
        expiresAt,
        createdAt: now,
      },
      select: INVITE_SELECT,
    });
    const after: Prisma.InputJsonObject = { email: input.email, role: input.role, expiresAt: expiresAt.toISOString(), replaced: replaced.map((row) => row.id) };
    await recordAuditEvent(tx, { teamId: options.teamId, actorId: options.user.id, action: 'invite.create', entityType: 'Invite', entityId: id, after });
    return created;
  });
  return { invite: toInviteDto(invite), token, path: `/invite/${token}` };
}
