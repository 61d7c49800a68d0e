import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { touchDocuments } from '@/lib/server/documents/touch-document';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { loadAnnotationForEdit } from '@/lib/server/annotations/load-annotation-for-edit';

/** Deletes a highlight (with its themes and ratings); the audit log keeps what it was. */
export async function deleteAnnotation(options: { user: SessionUser; annotationId: string }): Promise<void> {
  const stored = await loadAnnotationForEdit(options);
  await db.$transaction(async (tx) => {
    const before = await tx.annotation.delete({
      where: { id: stored.id },
      select: { start: true, end: true, exact: true, note: true, authorId: true, documentId: true },
    });
    await touchDocuments(tx, { id: stored.documentId });
    await recordAuditEvent(tx, {
      teamId: stored.teamId,
      actorId: options.user.id,
      action: 'annotation.delete',
      entityType: 'Annotation',
      entityId: stored.id,
      before: { ...before, tagIds: stored.tags.map((tag) => tag.tagId) },
    });
  });
}
