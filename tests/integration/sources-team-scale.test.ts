// The sources page's agreement on passages covers every rated passage of the team. It used to load
// them all into Node and ask for their ratings by id: past 65,535 rated passages Prisma refused
// ("the query parameter limit supported by your database is exceeded") and the page answered 500.
// It is now summed in SQL from per-article tallies; the figure must equal krippendorffAlpha's on
// the same units.
import { beforeAll, describe, expect, it } from 'vitest';
import { toAlphaUnits } from '@/lib/agreement/admiralty';
import { krippendorffAlpha } from '@/lib/agreement/krippendorff';
import { db } from '@/lib/db';
import { listSources } from '@/lib/server/ratings/list-sources';
import { createDesk, DESK_TEXT, type Desk } from '../support/desk';

const PASSAGES = 70_000;
const ownerGrade = (g: number) => 1 + (g % 5);
const editorGrade = (g: number) => (g % 2 === 0 ? 1 + ((g + 1) % 5) : 1 + (g % 5));
let desk: Desk;

beforeAll(async () => {
  desk = await createDesk();
  const prefix = `${desk.documentId}-scale-`;
  await db.$executeRaw`
    INSERT INTO "Annotation" (id, "teamId", "documentId", "authorId", start, "end", exact, prefix, suffix, "updatedAt")
    SELECT ${prefix} || g, ${desk.teamId}, ${desk.documentId}, ${desk.editor.id}, 0, 5, ${DESK_TEXT.slice(0, 5)}, '', '', now()
    FROM generate_series(0, ${PASSAGES - 1}) g`;
  await db.$executeRaw`
    INSERT INTO "PassageRating" (id, "annotationId", "documentId", "userId", credibility, "updatedAt")
    SELECT ${prefix} || 'o' || g, ${prefix} || g, ${desk.documentId}, ${desk.owner.id}, 1 + g % 5, now() FROM generate_series(0, ${PASSAGES - 1}) g
    UNION ALL
    SELECT ${prefix} || 'e' || g, ${prefix} || g, ${desk.documentId}, ${desk.editor2.id}, CASE WHEN g % 2 = 0 THEN 1 + (g + 1) % 5 ELSE 1 + g % 5 END, now()
    FROM generate_series(0, ${PASSAGES - 1}) g`;
}, 60_000);

describe('the sources page of a team with many rated passages', () => {
  it('gives the passage agreement krippendorffAlpha gives on the same ratings', async () => {
    const { passageAgreement } = await listSources({ user: desk.owner, teamId: desk.teamId });
    const units = Array.from({ length: PASSAGES }, (_, g) => [ownerGrade(g), editorGrade(g)]);
    const expected = krippendorffAlpha(toAlphaUnits(units), 'ordinal', { scale: [1, 2, 3, 4, 5] });
    expect(expected.ok).toBe(true);
    expect(passageAgreement).toEqual({ ...expected, scope: 'rated-by-you' });
  }, 60_000);
});
