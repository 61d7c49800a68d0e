// The full highlights list of a large article. Prisma loads a relation with one parameter per
// parent key (two with the composite key of AnnotationTag → Annotation), and PostgreSQL takes at
// most 65,535: with the themes loaded as a relation, 34,000 highlights answered 500
// ("bind message has 3393 parameter formats"). They are read by their article copy instead.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listAnnotations } from '@/lib/server/annotations/list-annotations';
import { createDesk, DESK_TEXT, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';

const HIGHLIGHTS = 34_000;
let desk: Desk;
let tagId: string;

beforeAll(async () => {
  desk = await createDesk();
  tagId = (await db.tag.create({ data: { teamId: desk.teamId, name: uniqueName('Theme'), color: '#1f77b4' }, select: { id: true } })).id;
  // Inserted in SQL: 34,000 rows through Prisma's createMany take ~15 s.
  const prefix = `${desk.documentId}-big-`;
  await db.$executeRaw`
    INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, note, "updatedAt")
    SELECT ${prefix} || g, ${desk.teamId}, ${desk.documentId}, ${desk.editor.id}, 0, 5, ${DESK_TEXT.slice(0, 5)}, '', '', 'n' || g, now()
    FROM generate_series(0, ${HIGHLIGHTS - 1}) g`;
  await db.$executeRaw`
    INSERT INTO "AnnotationTag" ("annotationId", "tagId", "documentId", "authorId", start, "end")
    SELECT ${prefix} || g, ${tagId}, ${desk.documentId}, ${desk.editor.id}, 0, 5 FROM generate_series(0, ${HIGHLIGHTS - 1}) g`;
  const ids = [`${prefix}0`];
  await db.passageRating.create({ data: { annotationId: ids[0]!, documentId: desk.documentId, userId: desk.editor2.id, credibility: 2 } });
}, 60_000);

describe('the full highlights list of a large article', () => {
  it('lists every highlight with its themes and ratings', async () => {
    const { annotations } = await listAnnotations({ user: desk.owner, documentId: desk.documentId });
    expect(annotations).toHaveLength(HIGHLIGHTS);
    expect(annotations!.every((a) => a.tagIds.length === 1 && a.tagIds[0] === tagId)).toBe(true);
    // The desk is blind first: the owner has not rated it, so its one rating is counted, not shown.
    expect(annotations!.filter((a) => a.ratings.hiddenCount + a.ratings.others.length > 0).map((a) => a.id)).toEqual([`${desk.documentId}-big-0`]);
  }, 60_000);
});
