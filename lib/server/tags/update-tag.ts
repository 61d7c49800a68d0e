import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { loadTagForEdit } from '@/lib/server/tags/load-tag-for-edit';
import { tagConflict } from '@/lib/server/tags/tag-conflict';
import { tagSelect, toTagDto, type TagDto } from '@/lib/server/tags/tag-dto';
import { updateTagSchema, type UpdateTagInput } from '@/lib/validation/tags';

/** Renames, recolours, describes, re-keys, archives or restores a theme. */
export async function updateTag(options: { user: SessionUser; tagId: string; input: UpdateTagInput }): Promise<TagDto> {
  const { version, archived, ...fields } = parseInput(updateTagSchema, options.input);
  const stored = await loadTagForEdit(options);
  try {
    const tag = await db.$transaction(async (tx) => {
      const claimed = await tx.tag.updateMany({
        where: { id: stored.id, ...(version ? { version } : {}) },
        data: {
          ...fields,
          ...(archived === undefined ? {} : { archivedAt: archived ? (stored.archivedAt ?? new Date()) : null }),
          // An archived theme gives its shortcut back, so the digit can serve a live theme.
          ...(archived ? { shortcut: null } : {}),
          version: { increment: 1 },
        },
      });
      if (claimed.count === 0) {
        const current = await tx.tag.findUnique({ where: { id: stored.id }, select: tagSelect });
        throw new AppError('CONFLICT', 'Someone changed this theme since you opened it. Reload it, or save again to overwrite.', {
          current: current ? toTagDto(current) : null,
        });
      }
      const after = await tx.tag.findUniqueOrThrow({ where: { id: stored.id }, select: tagSelect });
      await recordAuditEvent(tx, {
        teamId: stored.teamId,
        actorId: options.user.id,
        action: archived === undefined ? 'tag.update' : archived ? 'tag.archive' : 'tag.restore',
        entityType: 'Tag',
        entityId: stored.id,
        before: { ...stored, archivedAt: stored.archivedAt?.toISOString() ?? null },
        after: { name: after.name, color: after.color, description: after.description, shortcut: after.shortcut, archived: after.archivedAt !== null },
      });
      return after;
    });
    return toTagDto(tag);
  } catch (error) {
    throw tagConflict(error);
  }
}
