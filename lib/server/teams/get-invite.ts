import 'server-only';
import type { Role } from '@prisma/client';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { INVITE_SELECT, inviteState, type InviteRecord, type InviteState } from '@/lib/server/teams/invite-dto';
import { hashSecret } from '@/lib/server/tokens/secret';

/** What the public invite page may show to whoever holds the link. */
export type InviteLookup = { teamName: string; email: string; role: Role; state: InviteState; expiresAt: string; hasAccount: boolean };

/** The stored invite behind a link's secret, or null. */
export async function findInviteByToken(token: string): Promise<InviteRecord | null> {
  return db.invite.findUnique({ where: { tokenHash: hashSecret(token) }, select: INVITE_SELECT });
}

/** Public (the link is the credential): the invite's team, email, role and state. Unknown → 404. */
export async function getInvite(options: { token: string }): Promise<InviteLookup> {
  const row = await findInviteByToken(options.token);
  if (!row) throw notFound('That invite');
  const account = await db.user.findUnique({ where: { email: row.email }, select: { id: true } });
  return { teamName: row.team.name, email: row.email, role: row.role, state: inviteState(row), expiresAt: row.expiresAt.toISOString(), hasAccount: account !== null };
}
