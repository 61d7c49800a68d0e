import 'server-only';
import { Prisma, type Role } from '@prisma/client';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/auth/session';
import { db, type Tx } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { findInviteByToken } from '@/lib/server/teams/get-invite';
import { inviteState, type InviteRecord } from '@/lib/server/teams/invite-dto';
import { acceptInviteSchema, type AcceptInviteInput } from '@/lib/validation/teams';

/** The outcome of accepting: the team joined, and whether an account was created for the email. */
export type AcceptedInvite = { teamId: string; teamName: string; email: string; role: Role; isNewAccount: boolean; wasAlreadyMember: boolean };

const UNUSABLE: Record<'accepted' | 'revoked' | 'expired', string> = {
  accepted: 'This invite has already been used. Sign in, or ask a team owner for a new invite.',
  revoked: 'This invite was withdrawn by a team owner. Ask them for a new one.',
  expired: 'This invite has expired. Ask a team owner for a new one.',
};

function assertUsable(row: InviteRecord): void {
  const state = inviteState(row);
  if (state !== 'pending') throw new AppError('CONFLICT', UNUSABLE[state]);
}

/**
 * Public: uses an invite once. An email that already has an account joins as that account, which
 * must be the signed-in user; otherwise the invitee's name and password create the account. The
 * invite row is claimed with a conditional UPDATE first, so of two concurrent accepts exactly one
 * goes on (the other waits for the row lock, then finds it used); Membership's unique (team, user)
 * backs this up.
 */
export async function acceptInvite(options: { user: SessionUser | null; input: AcceptInviteInput }): Promise<AcceptedInvite> {
  const input = parseInput(acceptInviteSchema, options.input);
  const stored = await findInviteByToken(input.token);
  if (!stored) throw notFound('That invite');
  assertUsable(stored);
  const account = await db.user.findUnique({ where: { email: stored.email }, select: { id: true } });
  if (account) {
    if (!options.user) throw new AppError('UNAUTHENTICATED', `This invite is for ${stored.email}, which already has an account: sign in as ${stored.email} to accept it.`);
    if (options.user.id !== account.id) {
      throw new AppError('FORBIDDEN', `This invite is for ${stored.email}, but you are signed in as ${options.user.email}. Sign out, then sign in as ${stored.email} to accept it.`);
    }
    return db.$transaction(async (tx) => {
      await claim(tx, stored, account.id);
      const joined = await tx.membership.createMany({ data: [{ teamId: stored.teamId, userId: account.id, role: stored.role }], skipDuplicates: true });
      await audit(tx, stored, account.id, { isNewAccount: false, wasAlreadyMember: joined.count === 0 });
      return result(stored, false, joined.count === 0);
    });
  }
  const missing: Record<string, string[]> = {};
  if (!input.name) missing.name = ['Enter your name.'];
  if (!input.password) missing.password = ['Choose a password.'];
  if (Object.keys(missing).length) throw new AppError('VALIDATION', 'Choose your name and a password to create your account.', { fields: missing });
  const passwordHash = await hashPassword(input.password!);
  try {
    return await db.$transaction(async (tx) => {
      await claim(tx, stored, null);
      const user = await tx.user.create({ data: { email: stored.email, name: input.name!, passwordHash }, select: { id: true } });
      await tx.invite.update({ where: { id: stored.id }, data: { acceptedById: user.id }, select: { id: true } });
      await tx.membership.create({ data: { teamId: stored.teamId, userId: user.id, role: stored.role } });
      await audit(tx, stored, user.id, { isNewAccount: true, wasAlreadyMember: false });
      return result(stored, true, false);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', `An account for ${stored.email} was just created: sign in as ${stored.email}, then open this link again.`);
    }
    throw error;
  }
}

/** Marks the invite used, or throws the reason it cannot be (it was used, revoked or expired meanwhile). */
async function claim(tx: Tx, stored: InviteRecord, userId: string | null): Promise<void> {
  const now = new Date();
  // One UPDATE … WHERE: a concurrent accept waits for the row lock, then matches nothing.
  const claimed = await tx.invite.updateMany({
    where: { id: stored.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (claimed.count === 1) return;
  const row = await tx.invite.findUnique({ where: { id: stored.id }, select: { acceptedAt: true, revokedAt: true, expiresAt: true } });
  const state = row ? inviteState(row, now) : 'revoked';
  throw new AppError('CONFLICT', UNUSABLE[state === 'pending' ? 'accepted' : state]);
}

function audit(tx: Tx, stored: InviteRecord, userId: string, flags: { isNewAccount: boolean; wasAlreadyMember: boolean }) {
  return recordAuditEvent(tx, {
    teamId: stored.teamId,
    actorId: userId,
    action: 'invite.accept',
    entityType: 'Invite',
    entityId: stored.id,
    after: { userId, email: stored.email, role: stored.role, ...flags },
  });
}

function result(stored: InviteRecord, isNewAccount: boolean, wasAlreadyMember: boolean): AcceptedInvite {
  return { teamId: stored.teamId, teamName: stored.team.name, email: stored.email, role: stored.role, isNewAccount, wasAlreadyMember };
}
