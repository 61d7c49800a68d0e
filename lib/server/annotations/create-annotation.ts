import 'server-only';
import { Prisma } from '@prisma/client';
import { checkSelection } from '@/lib/anchoring/validate-selection';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { annotationSelect, toAnnotationDto, type AnnotationDto } from '@/lib/server/annotations/annotation-dto';
import { newRecordId } from '@/lib/server/ids';
import { EMPTY_PASSAGE_RATINGS } from '@/lib/server/ratings/passage-ratings';
import { readArticleWithAccess } from '@/lib/server/documents/article-with-access';
import { checkTeamAccess } from '@/lib/server/teams/require-team-access';
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
  // The article and the author's membership of its team in one round trip (creates are the hot write).
  const found = await readArticleWithAccess<{ id: string; teamId: string; text: string; textSha256: string }>({
    user: options.user,
    documentId: options.documentId,
    columns: Prisma.sql`d.id, d."teamId", d.text, d."textSha256"`,
  });
  if (!found) throw notFound('That article');
  checkTeamAccess(found.membership, { need: 'edit', what: 'That article' });
  const document = found.article;
  const key = options.idempotencyKey ?? null;
  const check = checkSelection(document.text, input);
  if (!check.ok) {
    // A retry of a highlight already made answers with it, even if the text has changed since.
    const earlier = key ? await findByKey(options.user.id, key) : null;
    if (earlier) return { annotation: sameRequest(earlier, document.id, input), isNew: false };
    throw new AppError('VALIDATION', check.problem.message, { fields: { [check.problem.field]: [check.problem.message] } });
  }
  const id = newRecordId();
  const audit = JSON.stringify({ start: input.start, end: input.end, tagIds: input.tagIds, note: input.note });
  // One statement, so one short transaction: the revision bump (the highlights list's ETag) takes
  // the article's row lock only for as long as this statement runs, so concurrent creates on one
  // article barely wait for each other. The bump only matches while the text is the one the
  // selection was checked against: a replacement committed since then matches no row, and nothing
  // is inserted (409). A replacement that comes later waits for the lock, then counts this highlight
  // and refuses (updateDocument). The themes must be the team's and not archived. A retried key
  // (already stored: `earlier`) writes nothing, not even the bump, and answers with the first
  // highlight; two first tries of one key at once insert one (ON CONFLICT). Times are written in
  // UTC explicitly, as Prisma does: the columns have no time zone and the session's may not be UTC.
  const [row] = await db.$queryRaw<{ replayed: boolean; tagsOk: boolean; bumped: boolean; createdAt: Date | null }[]>`
    WITH earlier AS (
      SELECT id FROM "Annotation" WHERE "authorId" = ${options.user.id} AND "idempotencyKey" = ${key}::text
    ), themes AS (
      SELECT count(*) = cardinality(${input.tagIds}::text[]) AS ok FROM "Tag"
       WHERE id = ANY(${input.tagIds}::text[]) AND "teamId" = ${document.teamId} AND "archivedAt" IS NULL
    ), bump AS (
      UPDATE "Document" SET revision = revision + 1
       WHERE id = ${document.id} AND "textSha256" = ${document.textSha256} AND (SELECT ok FROM themes) AND NOT EXISTS (SELECT 1 FROM earlier)
      RETURNING id
    ), created AS (
      INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, note, "idempotencyKey", "createdAt", "updatedAt")
      SELECT ${id}::text, ${document.teamId}::text, bump.id, ${options.user.id}::text, ${input.start}::int, ${input.end}::int,
             ${check.quote.exact}::text, ${check.quote.prefix}::text, ${check.quote.suffix}::text, ${input.note}::text, ${key}::text,
             now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
        FROM bump
      ON CONFLICT ("authorId", "idempotencyKey") DO NOTHING
      RETURNING id, "createdAt"
    ), themed AS (
      INSERT INTO "AnnotationTag" ("annotationId", "tagId", "documentId", "authorId", start, "end")
      SELECT created.id, tag, ${document.id}::text, ${options.user.id}::text, ${input.start}::int, ${input.end}::int FROM created, unnest(${input.tagIds}::text[]) AS tag
    ), logged AS (
      INSERT INTO "AuditEvent" (id, "teamId", "actorId", action, "entityType", "entityId", after, "createdAt")
      SELECT ${newRecordId()}::text, ${document.teamId}::text, ${options.user.id}::text, 'annotation.create', 'Annotation', created.id, ${audit}::jsonb,
             now() AT TIME ZONE 'UTC'
        FROM created
    )
    SELECT EXISTS (SELECT 1 FROM earlier) AS replayed, (SELECT ok FROM themes) AS "tagsOk", EXISTS (SELECT 1 FROM bump) AS bumped,
           (SELECT "createdAt" FROM created) AS "createdAt"`.catch((error: unknown) => {
    // A theme deleted, or the article deleted, between the checks above and the insert.
    if (/\b23503\b|foreign key/i.test(String((error as { message?: string }).message ?? error))) {
      throw new AppError('CONFLICT', 'A theme or the article was removed while you were saving: reload and try again.');
    }
    throw error;
  });
  if (row!.replayed || (!row!.createdAt && row!.bumped)) {
    // A retry of a stored key, or the same key raced in: the unique (authorId, idempotencyKey)
    // index let one through. Answer with that first highlight.
    const earlier = await findByKey(options.user.id, key!);
    if (earlier) return { annotation: sameRequest(earlier, document.id, input), isNew: false };
    throw new AppError('CONFLICT', 'This highlight was being saved by another request: reload to see it.');
  }
  if (!row!.tagsOk) {
    throw new AppError('VALIDATION', 'Some themes are not available.', {
      fields: { tagIds: ['A theme does not exist in this team or is archived; reload the themes and try again.'] },
    });
  }
  if (!row!.bumped || !row!.createdAt) {
    const exists = await db.document.count({ where: { id: document.id } });
    if (!exists) throw notFound('That article');
    throw new AppError('CONFLICT', 'The article’s text was replaced while you were selecting. Reload it and select again.');
  }
  const createdAt = row!.createdAt.toISOString();
  return {
    annotation: {
      id,
      documentId: document.id,
      start: input.start,
      end: input.end,
      ...check.quote,
      note: input.note,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      author: { id: options.user.id, name: options.user.name },
      tagIds: [...input.tagIds].sort(),
      ratings: EMPTY_PASSAGE_RATINGS,
    },
    isNew: true,
  };
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
