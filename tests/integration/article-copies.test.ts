// AnnotationTag and PassageRating copy their highlight's article (and a theme row its author and
// span: docs/decisions/012) so the dashboard reads one article without joining every highlight.
// Every way a theme or a rating is written must copy them right: this drives each one, then checks
// the copies of every row in the database (other test files' rows included) against the highlights.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { updateAnnotation } from '@/lib/server/annotations/update-annotation';
import { ratePassage } from '@/lib/server/ratings/rate-passage';
import { mergeTags } from '@/lib/server/tags/merge-tags';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

const newTag = () => db.tag.create({ data: { teamId: desk.teamId, name: uniqueName('Theme'), color: '#1f77b4' }, select: { id: true } });

async function mismatchedCopies() {
  const [row] = await db.$queryRaw<{ tags: number; ratings: number }[]>`
    SELECT (SELECT count(*) FROM "AnnotationTag" t JOIN "Annotation" a ON a.id = t."annotationId"
             WHERE (t."documentId", t."authorId", t.start, t."end") IS DISTINCT FROM (a."documentId", a."authorId", a.start, a."end"))::int AS tags,
           (SELECT count(*) FROM "PassageRating" r JOIN "Annotation" a ON a.id = r."annotationId"
             WHERE r."documentId" IS DISTINCT FROM a."documentId")::int AS ratings`;
  return row;
}

describe('the article copies on themes and ratings', () => {
  it('are right after a create, a theme change, a merge and a rating', async () => {
    const [first, second, third] = [await newTag(), await newTag(), await newTag()];
    const { start, end } = span(DESK_TEXT, 'Moscow and Tehran');
    const { annotation } = await createAnnotation({ user: desk.editor, documentId: desk.documentId, input: { start, end, tagIds: [first.id], note: '' } });
    await updateAnnotation({ user: desk.editor, annotationId: annotation.id, input: { tagIds: [first.id, second.id] } });
    await mergeTags({ user: desk.owner, tagId: second.id, input: { into: third.id } });
    await ratePassage({ user: desk.editor2, annotationId: annotation.id, input: { credibility: 2, rationale: '' } });

    const themes = await db.annotationTag.findMany({ where: { annotationId: annotation.id }, orderBy: { tagId: 'asc' } });
    expect(themes.map((t) => t.tagId).sort()).toEqual([first.id, third.id].sort());
    for (const theme of themes) expect(theme).toMatchObject({ documentId: desk.documentId, authorId: desk.editor.id, start, end });
    expect(await db.passageRating.findMany({ where: { annotationId: annotation.id }, select: { documentId: true } })).toEqual([{ documentId: desk.documentId }]);
    expect(await mismatchedCopies()).toEqual({ tags: 0, ratings: 0 });
  });

  it('cannot name another article than the highlight’s (the foreign key refuses it)', async () => {
    const other = await createDesk();
    const { start, end } = span(DESK_TEXT, 'Tehran');
    const { annotation } = await createAnnotation({ user: desk.editor, documentId: desk.documentId, input: { start, end, tagIds: [], note: '' } });
    const tag = await newTag();
    await expect(
      db.annotationTag.create({ data: { annotationId: annotation.id, tagId: tag.id, documentId: other.documentId, authorId: desk.editor.id, start, end } }),
    ).rejects.toThrow(/foreign key|Foreign key/);
    await expect(db.passageRating.create({ data: { annotationId: annotation.id, documentId: other.documentId, userId: desk.editor2.id, credibility: 3 } })).rejects.toThrow(
      /foreign key|Foreign key/,
    );
  });
});
