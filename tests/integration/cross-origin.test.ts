// Mutating API requests sent by a browser from another site are refused before they do anything.
import { beforeAll, describe, expect, it } from 'vitest';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import * as tagsRoute from '@/app/api/tags/route';
import { db } from '@/lib/db';
import { isCrossSiteWrite } from '@/lib/security/same-origin';
import { createDesk, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

const createTag = (headers: Record<string, string>, name = uniqueName('Theme')) =>
  call(tagsRoute.POST, 'POST', { user: desk.editor, headers, body: { teamId: desk.teamId, name, color: '#1f77b4' } });

describe('cross-site writes', () => {
  it('refuses a write from another origin with 403 and changes nothing', async () => {
    const name = uniqueName('Evil');
    const refused = await createTag({ origin: 'https://evil.example' }, name);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({ code: 'FORBIDDEN', message: 'Changes can only be made from Credence itself: this request came from another site.' });
    expect(await db.tag.count({ where: { teamId: desk.teamId, name } })).toBe(0);
    const highlight = await call(annotationsRoute.POST, 'POST', {
      user: desk.editor,
      params: { id: desk.documentId },
      headers: { 'sec-fetch-site': 'cross-site' },
      body: { start: 0, end: 5, tagIds: [] },
    });
    expect(highlight.status).toBe(403);
    expect(await db.annotation.count({ where: { documentId: desk.documentId } })).toBe(0);
  });

  it('accepts the app’s own pages, and scripts that send no browser headers', async () => {
    expect((await createTag({ origin: 'http://localhost', 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await createTag({})).status).toBe(201);
  });

  it('leaves reads alone', async () => {
    const read = await call(tagsRoute.GET, 'GET', { user: desk.editor, headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, query: { teamId: desk.teamId } });
    expect(read.status).toBe(200);
  });
});

describe('isCrossSiteWrite', () => {
  const request = (method: string, headers: Record<string, string>, url = 'http://localhost:3000/api/tags') => new Request(url, { method, headers });

  it.each([
    ['POST', { origin: 'http://localhost:3000' }, false],
    ['POST', { origin: 'http://localhost:3001' }, true],
    ['DELETE', { origin: 'null' }, true],
    ['PATCH', { 'sec-fetch-site': 'same-site' }, true],
    ['PUT', { 'sec-fetch-site': 'none' }, false],
    ['POST', {}, false],
    ['GET', { origin: 'https://evil.example' }, false],
  ] as const)('%s with %j → %s', (method, headers, expected) => {
    expect(isCrossSiteWrite(request(method, headers))).toBe(expected);
  });

  it('accepts the public address behind a proxy', () => {
    const behindProxy = request('POST', { origin: 'https://credence.example.org', host: 'app:3000' }, 'http://app:3000/api/tags');
    expect(isCrossSiteWrite(behindProxy)).toBe(true);
    expect(isCrossSiteWrite(behindProxy, { publicUrl: 'https://credence.example.org/' })).toBe(false);
    const forwarded = request('POST', { origin: 'https://credence.example.org', 'x-forwarded-host': 'credence.example.org', 'x-forwarded-proto': 'https' }, 'http://app:3000/api/tags');
    expect(isCrossSiteWrite(forwarded)).toBe(false);
  });
});
