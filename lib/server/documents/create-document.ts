import 'server-only';
import { Prisma } from '@prisma/client';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { canonicalFromRaw, duplicateError, findDuplicate, resolveSource } from '@/lib/server/documents/canonical-from-raw';
import { workingTitle } from '@/lib/server/documents/working-title';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import type { CreateDocumentInput } from '@/lib/validation/documents';

/**
 * Adds an article from the Add article page: cleans `raw` again, applies the review, and stores the
 * canonical text with the raw text as given (the HTML for an HTML upload) and the metadata as the
 * person left it. A text already in the team is refused (409 naming the article). OWNER and EDITOR.
 */
export async function createDocument(options: { user: SessionUser; input: CreateDocumentInput }): Promise<{ id: string; title: string }> {
  const { input } = options;
  const access = await requireTeamAccess({ user: options.user, teamId: input.teamId, need: 'edit', what: 'That team' });
  const canonical = canonicalFromRaw(input);
  const existing = await findDuplicate(db, access.teamId, canonical.textSha256);
  if (existing) throw duplicateError(existing);

  const title = input.meta.title ?? workingTitle(canonical.text);
  try {
    return await db.$transaction(async (tx) => {
      const sourceId = await resolveSource(tx, access.teamId, input.meta.source);
      const document = await tx.document.create({
        data: {
          teamId: access.teamId,
          sourceId,
          title,
          author: input.meta.author,
          publishedAt: input.meta.publishedDate ? new Date(`${input.meta.publishedDate}T00:00:00Z`) : null,
          url: input.meta.url,
          language: input.meta.language ?? 'en',
          text: canonical.text,
          rawText: input.raw,
          textSha256: canonical.textSha256,
          length: canonical.length,
          createdById: options.user.id,
        },
        select: { id: true, title: true },
      });
      const kept = canonical.review.blocks.filter((block) => block.kept).length;
      await recordAuditEvent(tx, {
        teamId: access.teamId,
        actorId: options.user.id,
        action: 'document.create',
        entityType: 'Document',
        entityId: document.id,
        after: { title, outlet: input.meta.source, format: input.format, textSha256: canonical.textSha256, blocks: canonical.review.blocks.length, kept, keep: input.keep, drop: input.drop },
      });
      return document;
    });
  } catch (error) {
    // Two saves of the same text at once: the unique (teamId, textSha256) index lets one win.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await findDuplicate(db, access.teamId, canonical.textSha256);
      if (winner) throw duplicateError(winner);
    }
    throw error;
  }
}
