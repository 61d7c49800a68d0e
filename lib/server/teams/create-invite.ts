import 'server-only';
import { randomUUID } from 'node:crypto';
import { Prisma } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { INVITE_SELECT, toInviteDto, type InviteDto, type InviteRow } from '@/lib/server/teams/invite-row';
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
    const replaced = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Invite" SET "revokedAt" = ${now}::timestamp(3)
       WHERE "teamId" = ${options.teamId} AND email = ${input.email}
         AND "acceptedAt" IS NULL AND "revokedAt" IS NULL AND "expiresAt" > ${now}::timestamp(3)
      RETURNING id`;
    await tx.$executeRaw`
      INSERT INTO "Invite" (id, "teamId", email, role, "tokenHash", "createdById", "expiresAt", "createdAt")
      VALUES (${id}, ${options.teamId}, ${input.email}, ${input.role}::"Role", ${hashSecret(token)}, ${options.user.id},
              ${expiresAt}::timestamp(3), ${now}::timestamp(3))`;
    const after: Prisma.InputJsonObject = { email: input.email, role: input.role, expiresAt: expiresAt.toISOString(), replaced: replaced.map((row) => row.id) };
    await recordAuditEvent(tx, { teamId: options.teamId, actorId: options.user.id, action: 'invite.create', entityType: 'Invite', entityId: id, after });
    const [row] = await tx.$queryRaw<InviteRow[]>`${INVITE_SELECT} WHERE i.id = ${id}`;
    return row!;
  });
  return { invite: toInviteDto(invite), token, path: `/invite/${token}` };
}
