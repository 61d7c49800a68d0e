import 'server-only';
import type { Role } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** A member of a team as the team page shows them. */
export type MemberDto = { userId: string; name: string; email: string; role: Role; joinedAt: string };

/** Every member sees the member list; owners first, then editors, then viewers, by name. */
export async function listMembers(options: { user: SessionUser; teamId: string }): Promise<MemberDto[]> {
  await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const rows = await db.membership.findMany({
    where: { teamId: options.teamId },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: 'asc' }, { user: { name: 'asc' } }, { user: { email: 'asc' } }],
  });
  return rows.map((row) => ({ userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role, joinedAt: row.createdAt.toISOString() }));
}
