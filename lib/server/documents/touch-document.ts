import 'server-only';
import type { Tx } from '@/lib/db';

/** Marks that an article's highlights or ratings changed, inside the change's own transaction. */
export async function touchDocuments(tx: Tx, where: { id: string } | { teamId: string } | { tagId: string }): Promise<void> {
  if ('id' in where) {
    await tx.document.update({ where: { id: where.id }, data: { revision: { increment: 1 } } });
  } else if ('teamId' in where) {
    await tx.document.updateMany({ where: { teamId: where.teamId }, data: { revision: { increment: 1 } } });
  } else {
    await tx.document.updateMany({ where: { annotations: { some: { tags: { some: { tagId: where.tagId } } } } }, data: { revision: { increment: 1 } } });
  }
}
