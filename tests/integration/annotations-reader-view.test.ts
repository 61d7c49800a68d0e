// GET /api/documents/:id/annotations?view=reader: the reader's compact representation. It must say
// exactly what the full list says once expanded (lib/annotations/reader-view.ts), for every role,
// with the blind-first rule on and off, and keep the access rules and the ETag/304 behaviour.
import { beforeAll, describe, expect, it } from 'vitest';
import * as ratingRoute from '@/app/api/annotations/[id]/rating/route';
import * as annotationRoute from '@/app/api/annotations/[id]/route';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import { expandReaderAnnotations, type ReaderAnnotation, type ReaderAnnotationsBody } from '@/lib/annotations/reader-view';
import { createOffsetIndex } from '@/lib/anchoring/offsets';
import { db } from '@/lib/db';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { call } from '../support/http';

type User = Desk['editor'];
let desk: Desk;
let ids: { emoji: string; cyrillic: string; persian: string; across: string; flag: string };
let tagIds: string[];

const full = (user: User | null, headers: Record<string, string> = {}) => call(annotationsRoute.GET, 'GET', { user, params: { id: desk.documentId }, headers });
const reader = (user: User | null, headers: Record<string, string> = {}) => call(annotationsRoute.GET, 'GET', { user, params: { id: desk.documentId }, query: { view: 'reader' }, headers });
const rate = (user: User, id: string, credibility: number, rationale = '') => call(ratingRoute.PUT, 'PUT', { user, params: { id }, body: { credibility, rationale } });
const setBlind = (blindRatings: boolean) => db.team.update({ where: { id: desk.teamId }, data: { blindRatings } });

async function post(user: User, needle: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await call(annotationsRoute.POST, 'POST', { user, params: { id: desk.documentId }, body: { ...span(DESK_TEXT, needle), ...extra } });
  expect(res.status).toBe(201);
  return res.body.annotation.id;
}

beforeAll(async () => {
  desk = await createDesk();
  const tags = await Promise.all(['Zeta', 'Alpha'].map((name, i) => db.tag.create({ data: { teamId: desk.teamId, name, color: `#00000${i}` }, select: { id: true } })));
  tagIds = tags.map((tag) => tag.id);
  ids = {
    emoji: await post(desk.editor, '👋🏽 paragraph', { note: 'Emoji before it.', tagIds }),
    cyrillic: await post(desk.editor2, 'Привет, Москва!', { tagIds: [tagIds[0]!] }),
    persian: await post(desk.owner, 'سلام تهران'),
    across: await post(desk.editor, 'Tehran.\n\nПривет'),
    flag: await post(desk.editor2, 'flag 🇮🇷'),
  };
  // An edit, so that updatedAt differs from createdAt on one highlight.
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect((await call(annotationRoute.PATCH, 'PATCH', { user: desk.editor, params: { id: ids.across }, body: { note: 'Edited.' } })).status).toBe(200);
  // Ratings: editor rated the emoji passage, editor2 the emoji and the cyrillic ones, the owner the flag.
  expect((await rate(desk.editor, ids.emoji, 2, 'Named source.')).status).toBe(200);
  expect((await rate(desk.editor2, ids.emoji, 4)).status).toBe(200);
  expect((await rate(desk.editor2, ids.cyrillic, 6, 'Cannot tell.')).status).toBe(200);
  expect((await rate(desk.owner, ids.flag, 3)).status).toBe(200);
});

const find = (body: ReaderAnnotationsBody, id: string): ReaderAnnotation => body.annotations.find((a) => a[0] === id)!;

/** The full list as the reader would rebuild it: everything but prefix and suffix, which the reader does not use. */
async function expectSameAsFull(user: User) {
  const [a, b] = await Promise.all([full(user), reader(user)]);
  expect(a.status).toBe(200);
  expect(b.status).toBe(200);
  const expanded = expandReaderAnnotations(b.body as ReaderAnnotationsBody, { documentId: desk.documentId, offsets: createOffsetIndex(DESK_TEXT), viewerId: user.id });
  const strip = (list: { prefix: string; suffix: string }[]) => list.map(({ prefix: _p, suffix: _s, ...rest }) => rest);
  expect(strip(expanded)).toEqual(strip(a.body.annotations));
}

describe('GET /api/documents/:id/annotations?view=reader', () => {
  it('is compact: one array per highlight, no quote, context, article id or repeated names', async () => {
    const res = await reader(desk.editor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = res.body as ReaderAnnotationsBody;
    expect(body.view).toBe('reader');
    expect(body.users).toMatchObject({ [desk.editor.id]: 'Editor', [desk.editor2.id]: 'Editor Two', [desk.owner.id]: 'Owner' });
    expect(body.annotations.map((a) => a[0])).toEqual((await full(desk.editor)).body.annotations.map((a: { id: string }) => a.id));
    const emoji = find(body, ids.emoji);
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: ids.emoji } });
    expect(emoji.slice(0, 9)).toEqual([ids.emoji, stored.start, stored.end, desk.editor.id, [...tagIds].sort(), 'Emoji before it.', 1, stored.createdAt.getTime(), null]);
    expect(emoji[9]).toEqual([[2, 'Named source.', 1, expect.any(Number)], [[desk.editor2.id, 4, '', 1, expect.any(Number)]], 0]);
    const persian = find(body, ids.persian);
    expect(persian[4]).toEqual([]);
    expect(persian[5]).toBe('');
    expect(persian[9]).toBeNull();
    const across = find(body, ids.across);
    expect(across[8]).toBe((await db.annotation.findUniqueOrThrow({ where: { id: ids.across } })).updatedAt.getTime());
    for (const key of ['exact', 'prefix', 'suffix', 'documentId', 'author']) expect(res.text).not.toContain(`"${key}"`);
    expect(res.text).not.toContain('paragraph about');
    expect(JSON.stringify(res.body).length).toBeLessThan(JSON.stringify((await full(desk.editor)).body).length * 0.5);
  });

  it('expands to exactly the full list, for every role, blind and not blind', async () => {
    for (const blind of [true, false]) {
      await setBlind(blind);
      for (const user of [desk.owner, desk.editor, desk.editor2, desk.viewer]) await expectSameAsFull(user);
    }
    await setBlind(true);
  });

  it('applies the blind-first rule: no hidden rating, rater or grade reaches a viewer who has not rated', async () => {
    await setBlind(true);
    const body = (await reader(desk.viewer)).body as ReaderAnnotationsBody;
    expect(find(body, ids.emoji)[9]).toEqual([null, [], 2]);
    // The editor rated the emoji passage: they see editor2's rating there, but not the cyrillic one.
    const editor = (await reader(desk.editor)).body as ReaderAnnotationsBody;
    expect(find(editor, ids.emoji)[9]).toEqual([[2, 'Named source.', 1, expect.any(Number)], [[desk.editor2.id, 4, '', 1, expect.any(Number)]], 0]);
    expect(find(editor, ids.cyrillic)[9]).toEqual([null, [], 1]);
    expect(JSON.stringify(editor)).not.toContain('Cannot tell.');
    await setBlind(false);
    const open = (await reader(desk.viewer)).body as ReaderAnnotationsBody;
    expect(find(open, ids.cyrillic)[9]).toEqual([null, [[desk.editor2.id, 6, 'Cannot tell.', 1, expect.any(Number)]], 0]);
    await setBlind(true);
  });

  it('answers 404 to another team’s member, 404 for an unknown article, 401 signed out, 422 for an unknown view', async () => {
    expect((await reader(desk.outsider)).status).toBe(404);
    expect((await call(annotationsRoute.GET, 'GET', { user: desk.editor, params: { id: 'nope' }, query: { view: 'reader' } })).status).toBe(404);
    expect((await reader(null)).status).toBe(401);
    const bad = await call(annotationsRoute.GET, 'GET', { user: desk.editor, params: { id: desk.documentId }, query: { view: 'tiny' } });
    expect(bad.status).toBe(422);
    expect((await call(annotationsRoute.GET, 'GET', { user: desk.editor, params: { id: desk.documentId }, query: { view: 'full' } })).body.annotations).toHaveLength(5);
  });

  it('has its own ETag: 304 while unchanged, 200 after a highlight or a rating changes, never valid for the full list', async () => {
    const first = await reader(desk.editor);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"\d+-[bo]-r"$/);
    const same = await reader(desk.owner, { 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(same.text).toBe('');
    expect(same.headers.get('etag')).toBe(etag);
    expect((await full(desk.editor, { 'if-none-match': etag })).status).toBe(200);
    expect((await reader(desk.editor, { 'if-none-match': (await full(desk.editor)).headers.get('etag')! })).status).toBe(200);

    await rate(desk.owner, ids.persian, 1);
    const afterRating = await reader(desk.editor, { 'if-none-match': etag });
    expect(afterRating.status).toBe(200);
    const etag2 = afterRating.headers.get('etag')!;
    expect(etag2).not.toBe(etag);
    await post(desk.editor, 'Intro');
    const afterCreate = await reader(desk.editor, { 'if-none-match': etag2 });
    expect(afterCreate.status).toBe(200);
    expect(afterCreate.body.annotations).toHaveLength(first.body.annotations.length + 1);
    // Turning the blind rule off changes what may be seen: a new ETag.
    await setBlind(false);
    expect((await reader(desk.editor, { 'if-none-match': afterCreate.headers.get('etag')! })).status).toBe(200);
    await setBlind(true);
  });
});
