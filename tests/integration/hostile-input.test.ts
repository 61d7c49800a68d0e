// Inputs that once reached a 500: they must get a 4xx that says what is wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import * as annotationRoute from '@/app/api/annotations/[id]/route';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import * as documentsRoute from '@/app/api/documents/route';
import * as tagRoute from '@/app/api/tags/[id]/route';
import * as tagsRoute from '@/app/api/tags/route';
import { db } from '@/lib/db';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { call, sessionCookie } from '../support/http';

let desk: Desk;
let annotationId: string;
beforeAll(async () => {
  desk = await createDesk();
  const res = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: span(DESK_TEXT, 'Intro') });
  annotationId = res.body.annotation.id;
});

describe('hostile input', () => {
  it.each([['\u0000'], ['a\u0000b'], ['\ud800'], ['x\udc00']])('refuses a note containing %j with 422', async (note) => {
    const res = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: { ...span(DESK_TEXT, 'Moscow'), note } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.note[0]).toMatch(/cannot be stored/);
  });

  it('refuses NUL in theme names, tag ids and query parameters', async () => {
    expect((await call(tagsRoute.POST, 'POST', { user: desk.editor, body: { teamId: desk.teamId, name: 'a\u0000', color: '#000000' } })).status).toBe(422);
    expect((await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: { ...span(DESK_TEXT, 'Moscow'), tagIds: ['\u0000'] } })).status).toBe(422);
    expect((await call(documentsRoute.GET, 'GET', { user: desk.editor, query: { teamId: 'a\u0000b' } })).status).toBe(422);
  });

  it('answers 404 to path ids that cannot be ids, before touching the database', async () => {
    for (const id of ['a\u0000b', 'a b', "x' OR 1=1 --", 'x'.repeat(65)]) {
      expect((await call(annotationsRoute.GET, 'GET', { user: desk.editor, params: { id } })).status).toBe(404);
      expect((await call(annotationRoute.PATCH, 'PATCH', { user: desk.editor, params: { id }, body: { note: 'x' } })).status).toBe(404);
    }
  });

  it('refuses versions beyond Postgres integers', async () => {
    expect((await call(annotationRoute.PATCH, 'PATCH', { user: desk.editor, params: { id: annotationId }, body: { note: 'x', version: 2147483648 } })).status).toBe(422);
    const tag = await db.tag.create({ data: { teamId: desk.teamId, name: `v${Date.now()}`, color: '#000000' } });
    expect((await call(tagRoute.PATCH, 'PATCH', { user: desk.editor, params: { id: tag.id }, body: { name: 'y', version: 1e12 } })).status).toBe(422);
  });

  it('ignores a malformed cookie from another site next to a valid session', async () => {
    const cookie = `foo=%E0%A4%A; ${await sessionCookie(desk.editor)}`;
    const res = await call(annotationsRoute.GET, 'GET', { params: { id: desk.documentId }, headers: { cookie } });
    expect(res.status).toBe(200);
  });

  it('refuses an Idempotency-Key reused for another highlight', async () => {
    const key = `reuse-${Date.now()}-key`;
    const first = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: span(DESK_TEXT, 'Tehran'), headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    const other = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: span(DESK_TEXT, 'Moscow'), headers: { 'idempotency-key': key } });
    expect(other.status).toBe(422);
    expect(other.body.error.fields.idempotencyKey).toBeDefined();
  });
});

describe('highlights with archived themes', () => {
  it('can still be edited, keeping the archived theme', async () => {
    const tag = await db.tag.create({ data: { teamId: desk.teamId, name: `Old ${Date.now()}`, color: '#123456' } });
    const created = await call(annotationsRoute.POST, 'POST', { user: desk.editor, params: { id: desk.documentId }, body: { ...span(DESK_TEXT, 'Москва'), tagIds: [tag.id] } });
    await db.tag.update({ where: { id: tag.id }, data: { archivedAt: new Date() } });
    const res = await call(annotationRoute.PATCH, 'PATCH', { user: desk.editor, params: { id: created.body.annotation.id }, body: { note: 'still editable', tagIds: [tag.id] } });
    expect(res.status).toBe(200);
    expect(res.body.annotation).toMatchObject({ note: 'still editable', tagIds: [tag.id] });
    const adding = await call(annotationRoute.PATCH, 'PATCH', { user: desk.editor, params: { id: annotationId }, body: { tagIds: [tag.id] } });
    expect(adding.status).toBe(422); // an archived theme cannot be newly applied
  });
});

describe('the reader’s ETag', () => {
  it('changes when a rating is set and withdrawn again, never returning to an old value', async () => {
    const etagOf = async () => (await call(annotationsRoute.GET, 'GET', { user: desk.editor2, params: { id: desk.documentId } })).headers.get('etag');
    const { PUT, DELETE } = await import('@/app/api/annotations/[id]/rating/route');
    const before = await etagOf();
    await call(PUT, 'PUT', { user: desk.editor2, params: { id: annotationId }, body: { credibility: 2 } });
    const rated = await etagOf();
    await call(DELETE, 'DELETE', { user: desk.editor2, params: { id: annotationId } });
    const withdrawn = await etagOf();
    expect(new Set([before, rated, withdrawn]).size).toBe(3);
  });
});

describe('route handlers without path segments', () => {
  it('work when Next.js passes no params object at all', async () => {
    const handler = documentsRoute.GET as unknown as (request: Request, context?: unknown) => Promise<Response>;
    const url = `http://localhost/api/documents?teamId=${desk.teamId}`;
    const response = await handler(new Request(url, { headers: { cookie: await sessionCookie(desk.viewer) } }), undefined);
    expect(response.status).toBe(200);
  });
});
