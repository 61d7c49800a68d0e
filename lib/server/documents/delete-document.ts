import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { loadDocumentForEdit } from '@/lib/server/documents/load-document-for-edit';

/**
 * Deletes an article with its highlights, the themes on them and their ratings. With highlights it
 * needs `confirm` (409 with the count otherwise), since the team's work on it goes too. Recorded in
 * the audit log with what was lost. OWNER and EDITOR.
 */
export async function deleteDocument(options: { user: SessionUser; documentId: string; confirm: boolean }): Promise<void> {
  const { document } = await loadDocumentForEdit(options);
  await db.$transaction(async (tx) => {
    // Counted inside the transaction that deletes, so a highlight added since the page loaded is seen.
    const highlights = await tx.annotation.count({ where: { documentId: document.id } });
    if (highlights > 0 && !options.confirm) {
      throw new AppError('CONFLICT', `“${document.title}” has ${highlights} ${highlights === 1 ? 'highlight' : 'highlights'}. Deleting it deletes them too: confirm to go ahead.`, {
        current: { id: document.id, title: document.title, highlights },
      });
    }
    const ratings = await tx.passageRating.count({ where: { documentId: document.id } });
    const removed = await tx.document.deleteMany({ where: { id: document.id } });
    if (removed.count === 0) return; // deleted by someone else meanwhile: nothing to record twice
    await recordAuditEvent(tx, {
      teamId: document.teamId,
      actorId: options.user.id,
      action: 'document.delete',
      entityType: 'Document',
      entityId: document.id,
      before: { title: document.title, outlet: document.source?.name ?? null, highlights, ratings, textSha256: document.textSha256 },
    });
  });
}
