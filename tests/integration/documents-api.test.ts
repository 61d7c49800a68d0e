import { beforeAll, describe, expect, it } from 'vitest';
import * as documentRoute from '@/app/api/documents/[id]/route';
import * as documentsRoute from '@/app/api/documents/route';
import { createDesk, DESK_TEXT, type Desk } from '../support/desk';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

describe('GET /api/documents?teamId=', () => {
  it('lists the team’s articles for each role, without their text', async () => {
    for (const user of [desk.owner, desk.editor, desk.viewer]) {
      const res = await call(documentsRoute.GET, 'GET', { user, query: { teamId: desk.teamId } });
      expect(res.status).toBe(200);
      expect(res.body.documents).toEqual([expect.objectContaining({ id: desk.documentId, title: 'Desk article', length: Array.from(DESK_TEXT).length })]);
      expect(res.body.documents[0]).not.toHaveProperty('text');
    }
  });

  it('answers 422 without teamId, 404 to another team, 401 signed out', async () => {
    const missing = await call(documentsRoute.GET, 'GET', { user: desk.editor });
    expect(missing.status).toBe(422);
    expect(missing.body.error.fields.teamId).toEqual(['teamId is required.']);
    expect((await call(documentsRoute.GET, 'GET', { user: desk.outsider, query: { teamId: desk.teamId } })).status).toBe(404);
    expect((await call(documentsRoute.GET, 'GET', { query: { teamId: desk.teamId } })).status).toBe(401);
  });
});

describe('GET /api/documents/:id', () => {
  it('returns the article with its canonical text and the caller’s role', async () => {
    const res = await call(documentRoute.GET, 'GET', { user: desk.viewer, params: { id: desk.documentId } });
    expect(res.status).toBe(200);
    expect(res.body.document).toMatchObject({ id: desk.documentId, teamId: desk.teamId, text: DESK_TEXT, role: 'VIEWER' });
  });

  it('answers 404 to another team and to an unknown id, 401 signed out', async () => {
    const outsider = await call(documentRoute.GET, 'GET', { user: desk.outsider, params: { id: desk.documentId } });
    expect(outsider.status).toBe(404);
    expect(outsider.body).toEqual({ error: { code: 'NOT_FOUND', message: 'That article was not found.' } });
    expect((await call(documentRoute.GET, 'GET', { user: desk.editor, params: { id: 'missing' } })).status).toBe(404);
    expect((await call(documentRoute.GET, 'GET', { params: { id: desk.documentId } })).status).toBe(401);
  });
});
