import 'server-only';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Locks the team's OWNER memberships until the transaction ends and returns their user ids. Every
 * change that could remove an owner takes this lock first, so two owners demoting each other at
 * once cannot leave the team with none: the second waits, then sees one owner left.
 */
export async function lockOwners(tx: Tx, teamId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership" WHERE "teamId" = ${teamId} AND role = 'OWNER' ORDER BY "userId" FOR UPDATE`;
  return rows.map((row) => row.userId);
}

/** The acting owner must still be an owner once the lock is held (they may just have been demoted). */
export function assertStillOwner(owners: string[], userId: string): void {
  if (!owners.includes(userId)) throw new AppError('FORBIDDEN', 'Only a team owner can manage the team: ask an owner.');
}

export function lastOwnerError(message: string): AppError {
  return new AppError('CONFLICT', message);
}
