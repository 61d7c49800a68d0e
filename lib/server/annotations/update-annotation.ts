import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { touchDocuments } from '@/lib/server/documents/touch-document';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { annotationSelect, toAnnotationDto, type AnnotationDto } from '@/lib/server/annotations/annotation-dto';
import { EMPTY_PASSAGE_RATINGS, passageRatingsFor } from '@/lib/server/ratings/passage-ratings';
import { getTeamAccess } from '@/lib/server/teams/get-team-access';
import { loadAnnotationForEdit } from '@/lib/server/annotations/load-annotation-for-edit';
import { assertTeamTags } from '@/lib/server/annotations/resolve-tag-ids';
import { updateAnnotationSchema, type UpdateAnnotationInput } from '@/lib/validation/annotations';
import { tagRows } from '@/lib/server/annotations/tag-rows';

/** Changes a highlight's note and/or themes. A stale `version` gets 409 with the current state. */
export async function updateAnnotation(options: { user: SessionUser; annotationId: string; input: UpdateAnnotationInput }): Promise<AnnotationDto> {
  const input = parseInput(updateAnnotationSchema, options.input);
  const stored = await loadAnnotationForEdit(options);
  const updated = await db.$transaction(async (tx) => {
    // Conditional on the version, so two concurrent edits cannot both win.
    const claimed = await tx.annotation.updateMany({
      where: { id: stored.id, ...(input.version ? { version: input.version } : {}) },
      data: { version: { increment: 1 }, ...(input.note !== undefined ? { note: input.note } : {}) },
    });
    if (claimed.count === 0) {
      const current = await tx.annotation.findUnique({ where: { id: stored.id }, select: annotationSelect });
      throw new AppError('CONFLICT', 'Someone changed this highlight since you opened it. Reload it, or save again to overwrite.', {
        current: current ? toAnnotationDto(current) : null,
      });
    }
    if (input.tagIds) {
      // Themes it already carries may since have been archived; only newly added ones must be live.
      const current = new Set(stored.tags.map((tag) => tag.tagId));
      await assertTeamTags(tx, stored.teamId, input.tagIds.filter((id) => !current.has(id)));
      await tx.annotationTag.deleteMany({ where: { annotationId: stored.id, tagId: { notIn: input.tagIds } } });
      await tx.annotationTag.createMany({ data: tagRows(stored, input.tagIds), skipDuplicates: true });
    }
    await touchDocuments(tx, { id: stored.documentId });
    const after = await tx.annotation.findUniqueOrThrow({ where: { id: stored.id }, select: annotationSelect });
    await recordAuditEvent(tx, {
      teamId: stored.teamId,
      actorId: options.user.id,
      action: 'annotation.update',
      entityType: 'Annotation',
      entityId: stored.id,
      before: { note: stored.note, tagIds: stored.tags.map((tag) => tag.tagId).sort(), version: stored.version },
      after: { note: after.note, tagIds: after.tags.map((tag) => tag.tagId).sort(), version: after.version },
    });
    return after;
  });
  const access = await getTeamAccess({ user: options.user, teamId: stored.teamId });
  const ratings = await passageRatingsFor({ annotationIds: [stored.id], userId: options.user.id, isBlind: access?.isBlind ?? true });
  return toAnnotationDto(updated, ratings.get(stored.id) ?? EMPTY_PASSAGE_RATINGS);
}
