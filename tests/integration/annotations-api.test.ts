import { beforeAll, describe, expect, it } from 'vitest';
import * as annotationRoute from '@/app/api/annotations/[id]/route';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import { db } from '@/lib/db';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

function post(user: Desk['editor'] | null, body: unknown, headers: Record<string, string> = {}) {
  return call(annotationsRoute.POST, 'POST', { user, params: { id: desk.documentId }, body, headers });
}

async function count(): Promise<number> {
  return db.annotation.count({ where: { documentId: desk.documentId } });
}

describe('POST /api/documents/:id/annotations', () => {
  it('creates a highlight and derives its quote from the stored text', async () => {
    const res = await post(desk.editor, { ...span(DESK_TEXT, 'paragraph about Moscow'), note: 'Check the framing.' });
    expect(res.status).toBe(201);
    expect(res.body.annotation).toMatchObject({
      documentId: desk.documentId,
      exact: 'paragraph about Moscow',
      prefix: 'Intro 👋🏽 ',
      suffix: ' and Tehran.\n\nПривет, Москва! A ',
      note: 'Check the framing.',
      author: { id: desk.editor.id, name: 'Editor' },
      tagIds: [],
      version: 1,
    });
  });

  it('counts offsets in code points: emoji, flags, combining marks, Persian and Cyrillic', async () => {
    for (const needle of ['👋🏽', '🇮🇷', 'cafe\u0301', 'سلام تهران', 'Привет, Москва!']) {
      const res = await post(desk.editor2, span(DESK_TEXT, needle));
      expect(res.status, needle).toBe(201);
      expect(res.body.annotation.exact).toBe(needle);
    }
  });

  it('accepts a selection across paragraphs and ones that start or end inside another highlight', async () => {
    const across = await post(desk.editor, span(DESK_TEXT, 'Tehran.\n\nПривет'));
    expect(across.status).toBe(201);
    expect(across.body.annotation.exact).toBe('Tehran.\n\nПривет');
    const outer = span(DESK_TEXT, 'A second paragraph in two scripts');
    const inner = span(DESK_TEXT, 'paragraph in two');
    const overlapping = { start: inner.start, end: outer.end + 5 };
    for (const selection of [outer, inner, overlapping]) expect((await post(desk.editor2, selection)).status).toBe(201);
  });

  it('accepts a matching quote and refuses one that does not match the text', async () => {
    const selection = span(DESK_TEXT, 'Moscow');
    expect((await post(desk.editor, { ...selection, exact: 'Moscow' })).status).toBe(201);
    const before = await count();
    const res = await post(desk.editor, { ...selection, exact: 'Tehran' });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.exact[0]).toMatch(/does not match/);
    expect(await count()).toBe(before);
  });

  it.each([
    [{ start: 5, end: 5 }, 'end'],
    [{ start: 7, end: 3 }, 'end'],
    [{ start: -1, end: 3 }, 'start'],
    [{ start: 0, end: 10_000 }, 'end'],
    [{ start: 1.5, end: 3 }, 'start'],
    [{ start: '0', end: 3 }, 'start'],
    [{ end: 3 }, 'start'],
    [{ start: 0, end: 3, tagIds: 'x' }, 'tagIds'],
    [{ start: 0, end: 3, note: 'x'.repeat(10_001) }, 'note'],
  ])('refuses %j with a field error on %s', async (body, field) => {
    const before = await count();
    const res = await post(desk.editor, body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION');
    expect(Object.keys(res.body.error.fields)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('refuses a whitespace-only selection', async () => {
    const res = await post(desk.editor, span(DESK_TEXT, '\n\n'));
    expect(res.status).toBe(422);
  });

  it('answers 400 to malformed JSON and 413 to an oversized body', async () => {
    const bad = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, rawBody: '{"start": 1,' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('BAD_REQUEST');
    const huge = await post(desk.editor, { start: 0, end: 3, note: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.message).toMatch(/limit of 256 KB/);
  });

  it('refuses a viewer (403), a member of another team (404) and a signed-out request (401), changing nothing', async () => {
    const before = await count();
    const selection = span(DESK_TEXT, 'Moscow');
    expect((await post(desk.viewer, selection)).status).toBe(403);
    const outsider = await post(desk.outsider, selection);
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.message).toBe('That article was not found.');
    expect((await post(null, selection)).status).toBe(401);
    expect(await count()).toBe(before);
  });

  it('refuses themes of another team and archived themes', async () => {
    const other = await db.tag.create({ data: { teamId: (await db.team.create({ data: { name: 'x', slug: `x-${Date.now()}` } })).id, name: 'Alien', color: '#000000' } });
    const archived = await db.tag.create({ data: { teamId: desk.teamId, name: `Old ${Date.now()}`, color: '#000000', archivedAt: new Date() } });
    for (const tagId of [other.id, archived.id]) {
      const res = await post(desk.editor, { ...span(DESK_TEXT, 'Moscow'), tagIds: [tagId] });
      expect(res.status).toBe(422);
      expect(res.body.error.fields.tagIds).toBeDefined();
    }
  });

  it('creates one highlight for a retried request with the same Idempotency-Key', async () => {
    const key = `retry-${Date.now()}-key`;
    const body = span(DESK_TEXT, 'third paragraph');
    const [a, b] = await Promise.all([post(desk.editor, body, { 'idempotency-key': key }), post(desk.editor, body, { 'idempotency-key': key })]);
    const c = await post(desk.editor, body, { 'idempotency-key': key });
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(c.status).toBe(200);
    expect(new Set([a.body.annotation.id, b.body.annotation.id, c.body.annotation.id]).size).toBe(1);
    expect(await db.annotation.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it('answers a replay with the first highlight without touching the article, even after its theme was archived', async () => {
    const theme = await db.tag.create({ data: { teamId: desk.teamId, name: `Replay ${Date.now()}`, color: '#123456' }, select: { id: true } });
    const key = `replay-${Date.now()}-key`;
    const body = { ...span(DESK_TEXT, 'second paragraph'), tagIds: [theme.id] };
    const first = await post(desk.editor, body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const revision = async () => (await db.document.findUniqueOrThrow({ where: { id: desk.documentId }, select: { revision: true } })).revision;
    const before = await revision();
    await db.tag.update({ where: { id: theme.id }, data: { archivedAt: new Date() } });

    const replay = await post(desk.editor, body, { 'idempotency-key': key });
    expect(replay.status).toBe(200);
    expect(replay.body.annotation).toEqual(first.body.annotation);
    const reused = await post(desk.editor, span(DESK_TEXT, 'Intro'), { 'idempotency-key': key });
    expect(reused.status).toBe(422);
    expect(reused.body.error.fields.idempotencyKey).toEqual(['Already used for another highlight.']);
    // Neither the replay nor the refused reuse changed the highlights list's ETag.
    expect(await revision()).toBe(before);
  });

  it('answers with the creation time it stored (UTC, as Prisma writes it), the same on the highlight and its audit event', async () => {
    const before = Date.now();
    const res = await post(desk.editor, span(DESK_TEXT, 'Intro'));
    expect(res.status).toBe(201);
    const created = new Date(res.body.annotation.createdAt).getTime();
    expect(created).toBeGreaterThanOrEqual(before - 2_000);
    expect(created).toBeLessThanOrEqual(Date.now() + 2_000);
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: res.body.annotation.id }, select: { createdAt: true, updatedAt: true } });
    expect(stored.createdAt.toISOString()).toBe(res.body.annotation.createdAt);
    expect(stored.updatedAt.toISOString()).toBe(res.body.annotation.createdAt);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: res.body.annotation.id, action: 'annotation.create' }, select: { createdAt: true } });
    expect(Math.abs(audit.createdAt.getTime() - created)).toBeLessThan(1_000);
  });
});

describe('GET /api/documents/:id/annotations', () => {
  it('lists highlights by position for every role, with an ETag that changes when they do', async () => {
    const first = await call(annotationsRoute.GET, 'GET', { user: desk.viewer, params: { id: desk.documentId } });
    expect(first.status).toBe(200);
    const starts = first.body.annotations.map((a: { start: number }) => a.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    const etag = first.headers.get('etag')!;
    const same = await call(annotationsRoute.GET, 'GET', { user: desk.owner, params: { id: desk.documentId }, headers: { 'if-none-match': etag } });
    expect(same.status).toBe(304);
    await post(desk.editor, span(DESK_TEXT, 'Intro'));
    const changed = await call(annotationsRoute.GET, 'GET', { user: desk.owner, params: { id: desk.documentId }, headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.body.annotations).toHaveLength(first.body.annotations.length + 1);
  });

  it('answers 404 to another team and 401 when signed out', async () => {
    expect((await call(annotationsRoute.GET, 'GET', { user: desk.outsider, params: { id: desk.documentId } })).status).toBe(404);
    expect((await call(annotationsRoute.GET, 'GET', { params: { id: desk.documentId } })).status).toBe(401);
    expect((await call(annotationsRoute.GET, 'GET', { user: desk.editor, params: { id: 'nope' } })).status).toBe(404);
  });
});

describe('PATCH and DELETE /api/annotations/:id', () => {
  async function fresh() {
    const res = await post(desk.editor, { ...span(DESK_TEXT, 'second paragraph'), note: 'v1' });
    return res.body.annotation as { id: string; version: number };
  }
  const patch = (user: Desk['editor'] | null, id: string, body: unknown) => call(annotationRoute.PATCH, 'PATCH', { user, params: { id }, body });
  const remove = (user: Desk['editor'] | null, id: string) => call(annotationRoute.DELETE, 'DELETE', { user, params: { id } });

  it('lets the author edit the note and themes, bumping the version', async () => {
    const annotation = await fresh();
    const tag = await db.tag.create({ data: { teamId: desk.teamId, name: `Theme ${Date.now()}`, color: '#336699' } });
    const res = await patch(desk.editor, annotation.id, { note: 'v2', tagIds: [tag.id, tag.id], version: 1 });
    expect(res.status).toBe(200);
    expect(res.body.annotation).toMatchObject({ note: 'v2', tagIds: [tag.id], version: 2 });
    const cleared = await patch(desk.editor, annotation.id, { tagIds: [] });
    expect(cleared.body.annotation).toMatchObject({ tagIds: [], version: 3 });
  });

  it('answers a stale version with 409 and the current state', async () => {
    const annotation = await fresh();
    expect((await patch(desk.editor, annotation.id, { note: 'first', version: 1 })).status).toBe(200);
    const stale = await patch(desk.editor, annotation.id, { note: 'second', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ id: annotation.id, note: 'first', version: 2 });
  });

  it('lets a team owner edit and delete anyone’s highlight', async () => {
    const annotation = await fresh();
    expect((await patch(desk.owner, annotation.id, { note: 'by the owner' })).status).toBe(200);
    expect((await remove(desk.owner, annotation.id)).status).toBe(204);
  });

  it('refuses another editor and a viewer (403), an outsider (404), signed out (401), changing nothing', async () => {
    const annotation = await fresh();
    for (const [user, status] of [[desk.editor2, 403], [desk.viewer, 403], [desk.outsider, 404], [null, 401]] as const) {
      expect((await patch(user, annotation.id, { note: 'hijack' })).status).toBe(status);
      expect((await remove(user, annotation.id)).status).toBe(status);
    }
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: annotation.id } });
    expect(stored).toMatchObject({ note: 'v1', version: 1 });
  });

  it('deletes for the author, records it in the audit log, and then answers 404', async () => {
    const annotation = await fresh();
    expect((await remove(desk.editor, annotation.id)).status).toBe(204);
    expect(await db.annotation.findUnique({ where: { id: annotation.id } })).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: annotation.id, action: 'annotation.delete' } })).toBe(1);
    expect((await remove(desk.editor, annotation.id)).status).toBe(404);
  });

  it('refuses an empty change', async () => {
    const annotation = await fresh();
    const res = await patch(desk.editor, annotation.id, {});
    expect(res.status).toBe(422);
  });
});
