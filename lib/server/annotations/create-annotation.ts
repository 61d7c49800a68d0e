import 'server-only';
import { Prisma } from '@prisma/client';
import { checkSelection } from '@/lib/anchoring/validate-selection';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { annotationSelect, toAnnotationDto, type AnnotationDto } from '@/lib/server/annotations/annotation-dto';
import { assertTeamTags } from '@/lib/server/annotations/resolve-tag-ids';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { createAnnotationSchema, type CreateAnnotationInput } from '@/lib/validation/annotations';

/** The highlight, and whether this call created it (false: an earlier call with the same key did). */
export type CreateAnnotationResult = { annotation: AnnotationDto; isNew: boolean };

/**
 * Highlights a span of a document. The server derives the quote from the stored text and refuses
 * a selection that is empty, runs outside the text, or does not match a quote the client sent.
 */
export async function createAnnotation(options: {
  user: SessionUser;
  documentId: string;
  input: CreateAnnotationInput;
  idempotencyKey?: string | null;
}): Promise<CreateAnnotationResult> {
  const input = parseInput(createAnnotationSchema, options.input);
  const document = await db.document.findUnique({ where: { id: options.documentId }, select: { id: true, teamId: true, text: true, textSha256: true } });
  if (!document) throw notFound('That article');
  await requireTeamAccess({ user: options.user, teamId: document.teamId, need: 'edit', what: 'That article' });

  const key = options.idempotencyKey ?? null;
  if (key) {
    const earlier = await findByKey(options.user.id, key);
    if (earlier) return { annotation: sameRequest(earlier, document.id, input), isNew: false };
  }
  const check = checkSelection(document.text, input);
  if (!check.ok) throw new AppError('VALIDATION', check.problem.message, { fields: { [check.problem.field]: [check.problem.message] } });

  try {
    const annotation = await db.$transaction(async (tx) => {
      await assertTeamTags(tx, document.teamId, input.tagIds);
      // The insert's foreign-key check holds the article's row FOR KEY SHARE until commit, which
      // is enough to keep a text replacement out (updateDocument takes it FOR UPDATE, then counts
      // highlights) without making concurrent creates wait for each other.
      const created = await tx.annotation.create({
        data: {
          teamId: document.teamId,
          documentId: document.id,
          authorId: options.user.id,
          start: input.start,
          end: input.end,
          ...check.quote,
          note: input.note,
          idempotencyKey: key,
          tags: { create: input.tagIds.map((tagId) => ({ tagId })) },
        },
        select: annotationSelect,
      });
      await recordAuditEvent(tx, {
        teamId: document.teamId,
        actorId: options.user.id,
        action: 'annotation.create',
        entityType: 'Annotation',
        entityId: created.id,
        after: { start: input.start, end: input.end, tagIds: input.tagIds, note: input.note },
      });
      // The revision bump (the highlights list's ETag) takes the row's exclusive lock, which
      // serialises every create on the article until commit: so it comes last, right before the
      // commit, never while other statements run. It also refuses a selection checked against a
      // text that was replaced after it was read above (re-read under the lock).
      const bumped = await tx.document.updateMany({ where: { id: document.id, textSha256: document.textSha256 }, data: { revision: { increment: 1 } } });
      if (bumped.count !== 1) {
        throw new AppError('CONFLICT', 'The article’s text was replaced while you were selecting. Reload it and select again.');
      }
      return created;
    });
    return { annotation: toAnnotationDto(annotation), isNew: true };
  } catch (error) {
    // The same key raced in twice: the unique (authorId, idempotencyKey) index let one through.
    if (key && error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const earlier = await findByKey(options.user.id, key);
      if (earlier) return { annotation: sameRequest(earlier, document.id, input), isNew: false };
    }
    throw error;
  }
}

/** A replayed key must repeat the same request; reusing it for another highlight is a client bug. */
function sameRequest(earlier: AnnotationDto, documentId: string, input: { start: number; end: number }): AnnotationDto {
  if (earlier.documentId === documentId && earlier.start === input.start && earlier.end === input.end) return earlier;
  throw new AppError('VALIDATION', 'This Idempotency-Key was already used for another highlight; send a new key for a new highlight.', {
    fields: { idempotencyKey: ['Already used for another highlight.'] },
  });
}

async function findByKey(authorId: string, idempotencyKey: string): Promise<AnnotationDto | null> {
  const row = await db.annotation.findUnique({ where: { authorId_idempotencyKey: { authorId, idempotencyKey } }, select: annotationSelect });
  return row ? toAnnotationDto(row) : null;
}
