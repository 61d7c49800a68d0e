import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { tagConflict } from '@/lib/server/tags/tag-conflict';
import { tagSelect, toTagDto, type TagDto } from '@/lib/server/tags/tag-dto';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { createTagSchema, type CreateTagInput } from '@/lib/validation/tags';

export async function createTag(options: { user: SessionUser; input: CreateTagInput }): Promise<TagDto> {
  const input = parseInput(createTagSchema, options.input);
  await requireTeamAccess({ user: options.user, teamId: input.teamId, need: 'edit', what: 'That team' });
  try {
    const tag = await db.$transaction(async (tx) => {
      const created = await tx.tag.create({ data: input, select: tagSelect });
      await recordAuditEvent(tx, { teamId: input.teamId, actorId: options.user.id, action: 'tag.create', entityType: 'Tag', entityId: created.id, after: input });
      return created;
    });
    return toTagDto(tag);
  } catch (error) {
    throw tagConflict(error);
  }
}
