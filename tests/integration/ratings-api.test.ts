import { beforeAll, describe, expect, it } from 'vitest';
import * as agreementRoute from '@/app/api/documents/[id]/agreement/route';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import * as ratingRoute from '@/app/api/annotations/[id]/rating/route';
import * as sourceRatingRoute from '@/app/api/sources/[id]/rating/route';
import * as sourceRoute from '@/app/api/sources/[id]/route';
import * as sourcesRoute from '@/app/api/sources/route';
import * as teamRoute from '@/app/api/teams/[id]/route';
import { db } from '@/lib/db';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { call } from '../support/http';

type User = Desk['editor'] | null;
let desk: Desk;
let sourceId: string;

beforeAll(async () => {
  desk = await createDesk();
  const source = await db.source.create({ data: { teamId: desk.teamId, name: 'Test Wire' } });
  sourceId = source.id;
  await db.document.update({ where: { id: desk.documentId }, data: { sourceId } });
});

async function passage(needle: string): Promise<string> {
  const res = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: span(DESK_TEXT, needle) });
  return res.body.annotation.id;
}
const rate = (user: User, id: string, body: unknown) => call(ratingRoute.PUT, 'PUT', { user, params: { id }, body });
const unrate = (user: User, id: string) => call(ratingRoute.DELETE, 'DELETE', { user, params: { id } });
const rateSource = (user: User, body: unknown) => call(sourceRatingRoute.PUT, 'PUT', { user, params: { id: sourceId }, body });
const listFor = async (user: User, annotationId: string) =>
  (await call(annotationsRoute.GET, 'GET', { user, params: { id: desk.documentId } })).body.annotations.find((a: { id: string }) => a.id === annotationId);

describe('passage ratings', () => {
  it('sets, changes and withdraws a rating, keeping history', async () => {
    const id = await passage('Intro');
    const first = await rate(desk.editor, id, { credibility: 2, rationale: 'Named source.' });
    expect(first.status).toBe(200);
    expect(first.body.ratings.mine).toMatchObject({ credibility: 2, rationale: 'Named source.', version: 1, user: { id: desk.editor.id } });
    const second = await rate(desk.editor, id, { credibility: 4, version: 1 });
    expect(second.body.ratings.mine).toMatchObject({ credibility: 4, rationale: '', version: 2 });
    expect((await rate(desk.editor, id, { credibility: 5, version: 1 })).status).toBe(409);
    expect((await unrate(desk.editor, id)).status).toBe(204);
    expect((await unrate(desk.editor, id)).status).toBe(204);
    const history = await db.passageRatingEvent.findMany({ where: { annotationId: id }, orderBy: { createdAt: 'asc' }, select: { action: true, credibility: true } });
    expect(history).toEqual([{ action: 'SET', credibility: 2 }, { action: 'SET', credibility: 4 }, { action: 'DELETE', credibility: null }]);
    expect(await db.passageRating.count({ where: { annotationId: id } })).toBe(0);
  });

  it('lets any editor rate a teammate’s passage; refuses a viewer (403), an outsider (404), signed out (401)', async () => {
    const id = await passage('Moscow');
    expect((await rate(desk.editor2, id, { credibility: 3 })).status).toBe(200);
    expect((await rate(desk.owner, id, { credibility: 3 })).status).toBe(200);
    expect((await rate(desk.viewer, id, { credibility: 1 })).status).toBe(403);
    expect((await rate(desk.outsider, id, { credibility: 1 })).status).toBe(404);
    expect((await rate(null, id, { credibility: 1 })).status).toBe(401);
    expect((await unrate(desk.viewer, id)).status).toBe(403);
    expect(await db.passageRating.count({ where: { annotationId: id } })).toBe(2);
  });

  it.each([[{}], [{ credibility: 0 }], [{ credibility: 7 }], [{ credibility: 2.5 }], [{ credibility: '3' }], [{ credibility: 3, rationale: 'x'.repeat(2001) }]])(
    'refuses %j with 422',
    async (body) => {
      const id = await passage('Tehran');
      const res = await rate(desk.editor, id, body);
      expect(res.status).toBe(422);
      expect(res.body.error.fields).toBeDefined();
    },
  );

  it('keeps others’ ratings blind until the analyst has rated, through every endpoint', async () => {
    const id = await passage('second paragraph');
    await rate(desk.editor, id, { credibility: 2, rationale: 'secret reasoning' });
    await rate(desk.owner, id, { credibility: 5 });

    const beforeRating = await listFor(desk.editor2, id);
    expect(beforeRating.ratings).toEqual({ mine: null, others: [], hiddenCount: 2, summary: null });
    const agreementBefore = await call(agreementRoute.GET, 'GET', { user: desk.editor2, params: { id: desk.documentId } });
    expect(JSON.stringify(agreementBefore.body)).not.toContain('secret reasoning');
    expect(agreementBefore.body.admiralty.credibility.hiddenPassages).toBeGreaterThan(0);

    await rate(desk.editor2, id, { credibility: 3 });
    const afterRating = await listFor(desk.editor2, id);
    expect(afterRating.ratings.hiddenCount).toBe(0);
    expect(afterRating.ratings.others.map((r: { credibility: number }) => r.credibility).sort()).toEqual([2, 5]);
    expect(afterRating.ratings.summary).toMatchObject({ count: 3, median: 3, low: 2, high: 5, spread: 3 });

    // A viewer never rates, so a blind team hides passage ratings from them entirely.
    expect((await listFor(desk.viewer, id)).ratings.hiddenCount).toBe(3);
  });

  it('shows everything once an owner turns blind rating off, and only an owner may', async () => {
    const id = await passage('two scripts');
    await rate(desk.editor, id, { credibility: 1 });
    expect((await call(teamRoute.PATCH, 'PATCH', { user: desk.editor, params: { id: desk.teamId }, body: { blindRatings: false } })).status).toBe(403);
    expect((await call(teamRoute.PATCH, 'PATCH', { user: desk.outsider, params: { id: desk.teamId }, body: { blindRatings: false } })).status).toBe(404);
    expect((await call(teamRoute.PATCH, 'PATCH', { user: desk.owner, params: { id: desk.teamId }, body: { blindRatings: 'no' } })).status).toBe(422);
    const off = await call(teamRoute.PATCH, 'PATCH', { user: desk.owner, params: { id: desk.teamId }, body: { blindRatings: false } });
    expect(off.body.team.blindRatings).toBe(false);
    expect((await listFor(desk.viewer, id)).ratings).toMatchObject({ hiddenCount: 0, others: [expect.objectContaining({ credibility: 1 })] });
    await call(teamRoute.PATCH, 'PATCH', { user: desk.owner, params: { id: desk.teamId }, body: { blindRatings: true } });
    expect((await listFor(desk.viewer, id)).ratings.hiddenCount).toBe(1);
  });
});

describe('outlet ratings', () => {
  it('rates an outlet, keeps history, and hides others until rated', async () => {
    expect((await rateSource(desk.editor, { reliability: 'B', rationale: 'Established wire.' })).status).toBe(200);
    const hidden = await call(sourceRoute.GET, 'GET', { user: desk.editor2, params: { id: sourceId } });
    expect(hidden.body.source.ratings).toEqual({ mine: null, others: [], hiddenCount: 1, summary: null });
    expect(hidden.body.source.history).toEqual([]);
    await rateSource(desk.editor2, { reliability: 'F' });
    await rateSource(desk.editor2, { reliability: 'D', version: 1 });
    const shown = await call(sourceRoute.GET, 'GET', { user: desk.editor2, params: { id: sourceId } });
    expect(shown.body.source.ratings.others).toEqual([expect.objectContaining({ reliability: 'B', rationale: 'Established wire.' })]);
    expect(shown.body.source.ratings.summary).toMatchObject({ count: 2, judged: 2, median: 'B', low: 'B', high: 'D' });
    expect(shown.body.source.history.map((e: { reliability: string }) => e.reliability)).toEqual(['D', 'F', 'B']);
  });

  it('lists outlets with their articles and counts F apart from the median', async () => {
    await rateSource(desk.owner, { reliability: 'F' });
    const res = await call(sourcesRoute.GET, 'GET', { user: desk.owner, query: { teamId: desk.teamId } });
    expect(res.status).toBe(200);
    const wire = res.body.sources.find((s: { id: string }) => s.id === sourceId);
    expect(wire.documents).toEqual([{ id: desk.documentId, title: 'Desk article' }]);
    expect(wire.ratings.summary).toMatchObject({ cannotJudge: 1 });
    expect(wire.ratings.summary.median).not.toBe('F');
    expect(res.body.isBlind).toBe(true);
    expect(res.body.passageAgreement).toMatchObject({ scope: 'rated-by-you' });
    expect(typeof res.body.passageAgreement.ok).toBe('boolean');
  });

  it('computes the team-wide passage agreement across articles, over passages the viewer may see', async () => {
    const team = await createDesk();
    const second = await db.document.create({
      data: { teamId: team.teamId, title: 'Second', text: DESK_TEXT, rawText: DESK_TEXT, textSha256: `x${Date.now()}`, length: Array.from(DESK_TEXT).length },
    });
    const make = async (documentId: string) =>
      (await call(annotationsRoute.POST, 'POST', { user: team.editor, params: { id: documentId }, body: span(DESK_TEXT, 'Intro') })).body.annotation.id as string;
    const [a, b] = [await make(team.documentId), await make(second.id)];
    for (const [id, x, y] of [[a, 2, 2], [b, 5, 5]] as const) {
      await call(ratingRoute.PUT, 'PUT', { user: team.editor, params: { id }, body: { credibility: x } });
      await call(ratingRoute.PUT, 'PUT', { user: team.editor2, params: { id }, body: { credibility: y } });
    }
    const seen = await call(sourcesRoute.GET, 'GET', { user: team.editor, query: { teamId: team.teamId } });
    expect(seen.body.passageAgreement).toMatchObject({ ok: true, alpha: 1, pairableUnits: 2 });
    const blind = await call(sourcesRoute.GET, 'GET', { user: team.owner, query: { teamId: team.teamId } });
    expect(blind.body.passageAgreement).toMatchObject({ ok: false, reason: 'too-few-pairable-values' });
  });

  it('refuses a viewer (403), an outsider (404, also for reading), bad grades (422)', async () => {
    expect((await rateSource(desk.viewer, { reliability: 'A' })).status).toBe(403);
    expect((await rateSource(desk.outsider, { reliability: 'A' })).status).toBe(404);
    expect((await call(sourceRoute.GET, 'GET', { user: desk.outsider, params: { id: sourceId } })).status).toBe(404);
    expect((await call(sourcesRoute.GET, 'GET', { user: desk.outsider, query: { teamId: desk.teamId } })).status).toBe(404);
    expect((await rateSource(desk.editor, { reliability: 'G' })).status).toBe(422);
    expect((await rateSource(desk.editor, { reliability: 'b' })).status).toBe(422);
  });
});

describe('GET /api/documents/:id/agreement', () => {
  it('gives the Admiralty summary and says when agreement cannot be computed', async () => {
    const other = await createDesk();
    const res = await call(agreementRoute.GET, 'GET', { user: other.editor, params: { id: other.documentId } });
    expect(res.status).toBe(200);
    expect(res.body.admiralty).toMatchObject({ code: '??', outlet: null, credibility: { passagesRated: 0 } });
    expect(res.body.agreement.ordinal).toMatchObject({ ok: false, reason: 'too-few-pairable-values' });
    expect((await call(agreementRoute.GET, 'GET', { user: other.outsider, params: { id: other.documentId } })).status).toBe(404);
  });

  it('computes alpha over passages two analysts rated', async () => {
    const other = await createDesk();
    const post = (needle: string) => call(annotationsRoute.POST, 'POST', { user: other.editor, params: { id: other.documentId }, body: span(DESK_TEXT, needle) });
    const [a, b, c] = [(await post('Intro')).body.annotation.id, (await post('Moscow')).body.annotation.id, (await post('cafe\u0301')).body.annotation.id];
    const give = (user: Desk['editor'], id: string, credibility: number) => call(ratingRoute.PUT, 'PUT', { user, params: { id }, body: { credibility } });
    await give(other.editor, a, 1); await give(other.editor2, a, 1);
    await give(other.editor, b, 4); await give(other.editor2, b, 4);
    await give(other.editor, c, 2); await give(other.editor2, c, 6); // 6 cannot be judged: left out of alpha
    const res = await call(agreementRoute.GET, 'GET', { user: other.editor, params: { id: other.documentId } });
    expect(res.body.agreement.ordinal).toMatchObject({ ok: true, alpha: 1, pairableUnits: 2 });
    expect(res.body.admiralty.credibility).toMatchObject({ passagesRated: 3, median: 2 });
    expect(res.body.admiralty.code).toBe('?2');
  });
});
