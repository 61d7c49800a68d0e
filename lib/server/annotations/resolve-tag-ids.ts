import 'server-only';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';

/** Checks that every theme id belongs to the team and is not archived (422 otherwise). */
export async function assertTeamTags(tx: Tx, teamId: string, tagIds: string[]): Promise<void> {
  if (tagIds.length === 0) return;
  const found = await tx.tag.findMany({ where: { id: { in: tagIds }, teamId, archivedAt: null }, select: { id: true } });
  if (found.length !== tagIds.length) {
    throw new AppError('VALIDATION', 'Some themes are not available.', {
      fields: { tagIds: ['A theme does not exist in this team or is archived; reload the themes and try again.'] },
    });
  }
}
