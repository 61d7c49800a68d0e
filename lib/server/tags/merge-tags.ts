import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { touchDocuments } from '@/lib/server/documents/touch-document';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { loadTagForEdit } from '@/lib/server/tags/load-tag-for-edit';
import { tagSelect, toTagDto, type TagDto } from '@/lib/server/tags/tag-dto';
import { mergeTagSchema } from '@/lib/validation/tags';

/** Merges theme `tagId` into `into`: its highlights move to the survivor, and it is deleted. */
export async function mergeTags(options: { user: SessionUser; tagId: string; input: { into: string } }): Promise<TagDto> {
  const { into } = parseInput(mergeTagSchema, options.input);
  const source = await loadTagForEdit(options);
  if (into === source.id) throw new AppError('VALIDATION', 'A theme cannot be merged into itself.', { fields: { into: ['Pick another theme to merge into.'] } });
  const target = await db.tag.findUnique({ where: { id: into }, select: { id: true, teamId: true, name: true } });
  // The survivor must be a theme of the same team; another team's theme does not exist here.
  if (!target || target.teamId !== source.teamId) throw notFound('The theme to merge into');

  const survivor = await db.$transaction(async (tx) => {
    await touchDocuments(tx, { tagId: source.id });
    const moved = await tx.$executeRaw`
      INSERT INTO "AnnotationTag" ("annotationId", "tagId", "documentId", "authorId", start, "end")
      SELECT "annotationId", ${target.id}, "documentId", "authorId", start, "end" FROM "AnnotationTag" WHERE "tagId" = ${source.id}
      ON CONFLICT DO NOTHING`;
    await tx.tag.delete({ where: { id: source.id } });
    await tx.tag.update({ where: { id: target.id }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, {
      teamId: source.teamId,
      actorId: options.user.id,
      action: 'tag.merge',
      entityType: 'Tag',
      entityId: target.id,
      before: { merged: { id: source.id, name: source.name }, into: { id: target.id, name: target.name } },
      after: { highlightsMoved: moved },
    });
    return tx.tag.findUniqueOrThrow({ where: { id: target.id }, select: tagSelect });
  });
  return toTagDto(survivor);
}
