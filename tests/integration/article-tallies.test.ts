// The dashboard reads an article's figures from tallies the database keeps (docs/decisions/013):
// triggers turn every write to highlights, themes and ratings into counted changes, and a fold adds
// them in. This drives every kind of write (the app's own, bulk statements, updates, cascades),
// then checks the tallies of each article against a count made from scratch from its rows, and
// last the tallies of every article in the test database (other test files' writes included).
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { sha256Hex } from '@/lib/corpus/sha256';
import { db } from '@/lib/db';
import { createAnnotation } from '@/lib/server/annotations/create-annotation';
import { deleteAnnotation } from '@/lib/server/annotations/delete-annotation';
import { updateAnnotation } from '@/lib/server/annotations/update-annotation';
import { foldTallies } from '@/lib/server/dashboard/article-tallies';
import { deleteDocument } from '@/lib/server/documents/delete-document';
import { ratePassage, unratePassage } from '@/lib/server/ratings/rate-passage';
import { mergeTags } from '@/lib/server/tags/merge-tags';
import { createDesk, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';
import { createSeededRandom, randomInt } from '../support/seeded-random';

const random = createSeededRandom(13_2026);
const pick = <T,>(items: readonly T[]): T => items[randomInt(random, 0, items.length)]!;
const WORDS = ['Moscow', 'Tehran', 'drones', 'sanctions', 'Привет', 'سلام', '👋🏽', 'cafe\u0301', 'officials', 'said', 'the'];
const TEXT = Array.from({ length: 400 }, () => pick(WORDS)).join(' ');
const LENGTH = Array.from(TEXT).length;

type Tx = Pick<typeof db, '$queryRaw'>;

/** Every tally of the article (n ≠ 0), as "kind|k1|k2|i1|i2|n", sorted. */
async function tallies(documentId: string, tx: Tx = db): Promise<string[]> {
  const rows = await tx.$queryRaw<{ row: string }[]>`
    SELECT concat_ws('|', kind, k1, k2, i1, i2, n) AS row FROM "ArticleTally" WHERE "documentId" = ${documentId} AND n <> 0`;
  return rows.map((r) => r.row).sort();
}

/** The same tallies counted from scratch from the article's rows (no trigger, no delta function). */
async function recount(documentId: string, tx: Tx = db): Promise<string[]> {
  const rows = await tx.$queryRaw<{ row: string }[]>`
    WITH d AS (SELECT id, length, LEAST(60, length) AS bins FROM "Document" WHERE id = ${documentId}),
    a AS (SELECT a.* FROM "Annotation" a WHERE a."documentId" = ${documentId}),
    t AS (SELECT t.* FROM "AnnotationTag" t WHERE t."documentId" = ${documentId}),
    r AS (SELECT r.* FROM "PassageRating" r WHERE r."documentId" = ${documentId}),
    passages AS (
      SELECT r."annotationId", concat_ws(',', count(*) FILTER (WHERE credibility = 1), count(*) FILTER (WHERE credibility = 2),
             count(*) FILTER (WHERE credibility = 3), count(*) FILTER (WHERE credibility = 4), count(*) FILTER (WHERE credibility = 5),
             count(*) FILTER (WHERE credibility = 6)) AS profile
      FROM r GROUP BY 1
    ),
    keyed AS (
      SELECT 'author' AS kind, "authorId" AS k1, '' AS k2, 0 AS i1, 0 AS i2, count(*) AS n FROM a GROUP BY 2
      UNION ALL SELECT 'tagged', '', '', 0, 0, count(DISTINCT "annotationId") FROM t HAVING count(*) > 0
      UNION ALL SELECT 'themes', "annotationId", '', 0, 0, count(*) FROM t GROUP BY 2
      UNION ALL SELECT 'theme', "tagId", "authorId", 0, 0, count(*) FROM t GROUP BY 2, 3
      UNION ALL SELECT 'span', "tagId", '', start, "end", count(*) FROM t GROUP BY 2, 4, 5
      UNION ALL SELECT 'day', 'h', '', "createdAt"::date - DATE '1970-01-01', 0, count(*) FROM a GROUP BY 4
      UNION ALL SELECT 'day', 'r', '', "createdAt"::date - DATE '1970-01-01', 0, count(*) FROM r GROUP BY 4
      UNION ALL SELECT 'grade', "userId", '', credibility, 0, count(*) FROM r GROUP BY 2, 4
      UNION ALL SELECT 'profile', profile, '', 0, 0, count(*) FROM passages GROUP BY 2
      UNION ALL
      SELECT 'band', x.tag, '', i, 0, count(*) FROM (
        SELECT '' AS tag, a.start, a."end" FROM a UNION ALL SELECT t."tagId", t.start, t."end" FROM t
      ) x CROSS JOIN d
      -- The bands the span overlaps, found by walking every band (not by the triggers' formula).
      CROSS JOIN generate_series(0, d.bins - 1) i
      WHERE (i::bigint * d.length / d.bins) < x."end" AND ((i + 1)::bigint * d.length / d.bins) > x.start
      GROUP BY 2, 4
    )
    SELECT concat_ws('|', kind, k1, k2, i1, i2, n) AS row FROM keyed WHERE n <> 0`;
  return rows.map((r) => r.row).sort();
}

/** PassageTally rows of the article against the ratings counted from scratch. */
async function passageMismatches(documentId: string, tx: Tx = db): Promise<unknown[]> {
  return tx.$queryRaw<unknown[]>`
    WITH counted AS (
      SELECT r."annotationId", a.start,
             count(*) FILTER (WHERE r.credibility = 1)::int AS c1, count(*) FILTER (WHERE r.credibility = 2)::int AS c2,
             count(*) FILTER (WHERE r.credibility = 3)::int AS c3, count(*) FILTER (WHERE r.credibility = 4)::int AS c4,
             count(*) FILTER (WHERE r.credibility = 5)::int AS c5, count(*) FILTER (WHERE r.credibility = 6)::int AS c6,
             count(*) FILTER (WHERE r.credibility <= 5)::int AS raters,
             COALESCE(max(r.credibility) FILTER (WHERE r.credibility <= 5) - min(r.credibility) FILTER (WHERE r.credibility <= 5), 0)::int AS spread
      FROM "PassageRating" r JOIN "Annotation" a ON a.id = r."annotationId"
      WHERE r."documentId" = ${documentId} GROUP BY r."annotationId", a.start
    ), kept AS (
      SELECT "annotationId", start, c1, c2, c3, c4, c5, c6, raters, spread FROM "PassageTally" WHERE "documentId" = ${documentId}
    )
    (SELECT 'missing' AS problem, * FROM counted EXCEPT SELECT 'missing', * FROM kept)
    UNION ALL
    (SELECT 'extra', * FROM kept EXCEPT SELECT 'extra', * FROM counted)`;
}

async function expectTalliesRight(documentId: string) {
  await foldTallies([documentId]);
  expect(await tallies(documentId)).toEqual(await recount(documentId));
  expect(await passageMismatches(documentId)).toEqual([]);
}

let desk: Desk;
let analysts: SessionUser[];
let tagIds: string[];
beforeAll(async () => {
  desk = await createDesk(TEXT);
  analysts = [desk.owner, desk.editor, desk.editor2];
  tagIds = [];
  for (let i = 0; i < 5; i++) {
    const tag = await db.tag.create({ data: { teamId: desk.teamId, name: uniqueName('Theme'), color: '#1f77b4' }, select: { id: true } });
    tagIds.push(tag.id);
  }
});

const highlightIds: string[] = [];

async function createHighlights(count: number) {
  for (let i = 0; i < count; i++) {
    // A third re-use an earlier span, so spans are counted more than once.
    const copy = highlightIds.length && random() < 0.33 ? await db.annotation.findUniqueOrThrow({ where: { id: pick(highlightIds) } }) : null;
    const start = copy?.start ?? randomInt(random, 0, LENGTH - 2);
    const end = copy?.end ?? Math.min(LENGTH, start + randomInt(random, 1, 120));
    const chosen = [...new Set(Array.from({ length: randomInt(random, 0, 4) }, () => pick(tagIds)))];
    const { annotation } = await createAnnotation({ user: pick(analysts), documentId: desk.documentId, input: { start, end, tagIds: chosen, note: '' } });
    highlightIds.push(annotation.id);
  }
}

async function rateSome(count: number) {
  for (let i = 0; i < count; i++) {
    await ratePassage({ user: pick(analysts), annotationId: pick(highlightIds), input: { credibility: randomInt(random, 1, 7), rationale: '' } });
  }
}

describe('the article tallies', () => {
  it('count the highlights, themes and ratings the app writes', async () => {
    await createHighlights(40);
    await rateSome(60);
    await expectTalliesRight(desk.documentId);
    expect((await tallies(desk.documentId)).some((row) => row.startsWith('profile|'))).toBe(true);
  });

  it('follow theme changes, changed and withdrawn ratings, deleted highlights and merged themes, folded at once', async () => {
    for (let i = 0; i < 10; i++) {
      const chosen = [...new Set(Array.from({ length: randomInt(random, 0, 3) }, () => pick(tagIds)))];
      await updateAnnotation({ user: desk.owner, annotationId: pick(highlightIds), input: { tagIds: chosen } }).catch(() => undefined);
    }
    await rateSome(30); // many of them change an analyst's earlier grade
    const rated = await db.passageRating.findMany({ where: { documentId: desk.documentId }, select: { annotationId: true, userId: true }, take: 8 });
    for (const rating of rated) await unratePassage({ user: analysts.find((a) => a.id === rating.userId)!, annotationId: rating.annotationId });
    for (const id of highlightIds.splice(0, 6)) {
      const { authorId } = await db.annotation.findUniqueOrThrow({ where: { id }, select: { authorId: true } });
      await deleteAnnotation({ user: analysts.find((a) => a.id === authorId)!, annotationId: id });
    }
    await mergeTags({ user: desk.owner, tagId: tagIds.pop()!, input: { into: tagIds[0]! } });
    // Nothing folded since the first test: every change above is still pending.
    expect(await db.articleTallyDelta.count({ where: { documentId: desk.documentId } })).toBeGreaterThan(0);
    await expectTalliesRight(desk.documentId);
  });

  it('follow bulk statements and updates made outside the app’s write paths', async () => {
    // One statement adds many highlights and another many theme rows (one trigger call each).
    await db.$executeRaw`
      INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, "createdAt", "updatedAt")
      SELECT 'bulk-' || ${desk.documentId} || '-' || i, ${desk.teamId}, ${desk.documentId}, ${desk.editor.id}, i * 7, i * 7 + 20, '', '', '',
             now() - make_interval(days => i % 4), now()
      FROM generate_series(0, 49) i`;
    await db.$executeRaw`
      INSERT INTO "AnnotationTag" ("annotationId", "tagId", "documentId", "authorId", start, "end")
      SELECT a.id, t.id, a."documentId", a."authorId", a.start, a."end"
      FROM "Annotation" a JOIN "Tag" t ON t.id = ANY (${tagIds}::text[]) WHERE a.id LIKE 'bulk-%' AND a."documentId" = ${desk.documentId}`;
    await db.$executeRaw`
      INSERT INTO "PassageRating" (id, "annotationId", "documentId", "userId", credibility, "updatedAt")
      SELECT 'bulk-r-' || a.id || u.id, a.id, a."documentId", u.id, 1 + (a.start / 7 + length(u.id)) % 6, now()
      FROM "Annotation" a CROSS JOIN unnest(${analysts.map((a) => a.id)}::text[]) AS u(id) WHERE a.id LIKE 'bulk-%' AND a."documentId" = ${desk.documentId}`;
    await expectTalliesRight(desk.documentId);
    // Updates in bulk: grades moved, a theme swapped for another on some rows.
    await db.$executeRaw`UPDATE "PassageRating" SET credibility = 7 - credibility WHERE "documentId" = ${desk.documentId} AND id LIKE 'bulk-r-%'`;
    await db.$executeRaw`
      UPDATE "AnnotationTag" SET "tagId" = ${tagIds[1]!}
      WHERE "documentId" = ${desk.documentId} AND "tagId" = ${tagIds[2]!}
        AND "annotationId" NOT IN (SELECT "annotationId" FROM "AnnotationTag" WHERE "tagId" = ${tagIds[1]!})`;
    await db.$executeRaw`DELETE FROM "Annotation" WHERE "documentId" = ${desk.documentId} AND id LIKE 'bulk-%' AND start < 140`;
    await expectTalliesRight(desk.documentId);
  });

  it('count a highlight once when two transactions give it its first theme at the same time', async () => {
    const { annotation } = await createAnnotation({ user: desk.editor, documentId: desk.documentId, input: { start: 3, end: 30, tagIds: [], note: '' } });
    const row = (tagId: string) => ({ annotationId: annotation.id, tagId, documentId: desk.documentId, authorId: desk.editor.id, start: 3, end: 30 });
    // The second transaction adds its theme and commits while the first, which added another, is still open.
    await db.$transaction(async (first) => {
      await first.annotationTag.create({ data: row(tagIds[0]!) });
      await db.$transaction(async (second) => {
        await second.annotationTag.create({ data: row(tagIds[1]!) });
      });
    });
    await expectTalliesRight(desk.documentId);
    // And both taken away at the same time: the highlight is untagged once.
    await db.$transaction(async (first) => {
      await first.annotationTag.delete({ where: { annotationId_tagId: { annotationId: annotation.id, tagId: tagIds[0]! } } });
      await db.$transaction(async (second) => {
        await second.annotationTag.delete({ where: { annotationId_tagId: { annotationId: annotation.id, tagId: tagIds[1]! } } });
      });
    });
    await expectTalliesRight(desk.documentId);
  });

  it('go with their article, pending changes included', async () => {
    const doc = await db.document.create({
      data: { teamId: desk.teamId, title: uniqueName('Doomed'), text: TEXT, rawText: TEXT, textSha256: sha256Hex(`doomed ${TEXT}`), length: LENGTH },
      select: { id: true },
    });
    const { annotation } = await createAnnotation({ user: desk.editor, documentId: doc.id, input: { start: 0, end: 10, tagIds: [tagIds[0]!], note: '' } });
    await ratePassage({ user: desk.owner, annotationId: annotation.id, input: { credibility: 2, rationale: '' } });
    await expectTalliesRight(doc.id);
    await ratePassage({ user: desk.editor2, annotationId: annotation.id, input: { credibility: 5, rationale: '' } });
    await deleteDocument({ user: desk.owner, documentId: doc.id, confirm: true });
    const left = await db.$queryRaw<{ n: number }[]>`
      SELECT ((SELECT count(*) FROM "ArticleTally" WHERE "documentId" = ${doc.id}) + (SELECT count(*) FROM "ArticleTallyDelta" WHERE "documentId" = ${doc.id})
              + (SELECT count(*) FROM "PassageTally" WHERE "documentId" = ${doc.id}))::int AS n`;
    expect(left).toEqual([{ n: 0 }]);
  });

  it('refuse to move a highlight to another article, author or span, and fold nothing for an article that is gone', async () => {
    const [highlight] = await db.annotation.findMany({ where: { documentId: desk.documentId }, take: 1, select: { id: true, start: true } });
    await expect(db.$executeRaw`UPDATE "Annotation" SET start = start + 1 WHERE id = ${highlight!.id}`).rejects.toThrow(/cannot change/);
    await expect(db.$executeRaw`UPDATE "Annotation" SET "documentId" = "documentId", "authorId" = "authorId" WHERE id = ${highlight!.id}`).resolves.toBe(1);
    await expect(db.$executeRaw`UPDATE "Annotation" SET note = 'still allowed' WHERE id = ${highlight!.id}`).resolves.toBe(1);
    await expect(foldTallies(['no-such-article'])).resolves.toBeUndefined();
    await expectTalliesRight(desk.documentId);
  });

  it('are right for every article in the database', async () => {
    // Other test files write meanwhile: fold and count in one repeatable-read snapshot (retried
    // if a concurrent fold of the same article got there first).
    const documents = await db.document.findMany({ select: { id: true } });
    for (const { id } of documents) {
      for (let attempt = 0; ; attempt++) {
        try {
          const [kept, counted, wrong] = await db.$transaction(
            async (tx) => {
              await tx.$executeRaw`SELECT credence_fold_tallies(${id})`;
              return [await tallies(id, tx), await recount(id, tx), await passageMismatches(id, tx)] as const;
            },
            { isolationLevel: 'RepeatableRead', timeout: 60_000 },
          );
          expect({ id, kept }).toEqual({ id, kept: counted });
          expect(wrong).toEqual([]);
          break;
        } catch (error) {
          if (attempt < 3 && /could not serialize|40001/.test(String(error))) continue;
          throw error;
        }
      }
    }
  });
});
