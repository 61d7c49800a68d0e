import 'server-only';
import type { Role } from '@prisma/client';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/session';

/** A team as its member sees it in the switcher. */
export type TeamSummary = { id: string; name: string; slug: string; role: Role };

export async function listTeams(options: { user: SessionUser }): Promise<TeamSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: options.user.id },
    select: { role: true, team: { select: { id: true, name: true, slug: true } } },
    orderBy: { team: { name: 'asc' } },
  });
  return memberships.map(({ role, team }) => ({ ...team, role }));
}
