import 'server-only';
import { Prisma, type Role } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { TeamAccess } from '@/lib/permissions';

/**
 * An article's columns (`columns`, a list over the alias `d`) and the user's membership of its team
 * (null when not a member), in one round trip: for the hottest paths (creating a highlight,
 * polling a highlights list), which would otherwise read the article, then the membership. The
 * caller applies the access rule (checkTeamAccess). Null when there is no such article.
 */
export async function readArticleWithAccess<T extends { teamId: string }>(options: {
  user: SessionUser;
  documentId: string;
  columns: Prisma.Sql;
}): Promise<{ article: T; membership: TeamAccess | null } | null> {
  const [row] = await db.$queryRaw<(T & { memberRole: Role | null; teamBlind: boolean })[]>`
    SELECT ${options.columns}, m.role::text AS "memberRole", t."blindRatings" AS "teamBlind"
      FROM "Document" d JOIN "Team" t ON t.id = d."teamId"
      LEFT JOIN "Membership" m ON m."teamId" = d."teamId" AND m."userId" = ${options.user.id}
     WHERE d.id = ${options.documentId}`;
  if (!row) return null;
  const { memberRole, teamBlind, ...article } = row;
  return { article: article as unknown as T, membership: memberRole ? { teamId: row.teamId, role: memberRole, isBlind: teamBlind } : null };
}
