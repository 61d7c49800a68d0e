// Creates sent with an Idempotency-Key happen once: a double click or a retry gets the first answer.
import { beforeAll, describe, expect, it } from 'vitest';
import * as documentsRoute from '@/app/api/documents/route';
import * as tagsRoute from '@/app/api/tags/route';
import * as tokensRoute from '@/app/api/tokens/route';
import { db } from '@/lib/db';
import { createDesk, type Desk } from '../support/desk';
import { uniqueName } from '../support/factory';
import { call, sessionCookie } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

const newKey = () => `key-${uniqueName('k')}-${Date.now()}`;
const createTag = (name: string, key: string | null, user = desk.editor) =>
  call(tagsRoute.POST, 'POST', { user, headers: key ? { 'idempotency-key': key } : {}, body: { teamId: desk.teamId, name, color: '#1f77b4' } });

describe('Idempotency-Key on creates', () => {
  it('turns a double click into one theme, and both clicks get it', async () => {
    const name = uniqueName('Double');
    const key = newKey();
    const [first, second] = await Promise.all([createTag(name, key), createTag(name, key)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.tag.id).toBe(second.body.tag.id);
    expect([first.headers.get('idempotent-replayed'), second.headers.get('idempotent-replayed')].sort()).toEqual([null, 'true']);
    expect(await db.tag.count({ where: { teamId: desk.teamId, name } })).toBe(1);
    const retry = await createTag(name, key);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
  });

  it('creates one article and one API token for a retried request', async () => {
    const key = newKey();
    const raw = `A retried upload ${uniqueName('r')} about the Caspian summit.`;
    const post = () => call(documentsRoute.POST, 'POST', { user: desk.editor, headers: { 'idempotency-key': key }, body: { teamId: desk.teamId, raw } });
    const [a, b] = await Promise.all([post(), post()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.document.id).toBe(b.body.document.id);

    const tokenKey = newKey();
    const name = uniqueName('script');
    const before = await db.apiToken.count({ where: { userId: desk.editor.id } });
    const mint = () => call(tokensRoute.POST, 'POST', { user: desk.editor, headers: { 'idempotency-key': tokenKey }, body: { name } });
    const [t1, t2] = await Promise.all([mint(), mint()]);
    expect([t1.status, t2.status]).toEqual([201, 201]);
    expect(t1.body).toEqual(t2.body);
    expect(await db.apiToken.count({ where: { userId: desk.editor.id } })).toBe(before + 1);
  });

  it('runs a corrected retry afresh after a refusal', async () => {
    const key = newKey();
    const refused = await call(tagsRoute.POST, 'POST', { user: desk.editor, headers: { 'idempotency-key': key }, body: { teamId: desk.teamId, name: '', color: '#1f77b4' } });
    expect(refused.status).toBe(422);
    const name = uniqueName('Fixed');
    expect((await createTag(name, key)).status).toBe(201);
  });

  it('keeps keys apart per person and per endpoint, and checks their form', async () => {
    const key = newKey();
    const mine = await createTag(uniqueName('Mine'), key, desk.editor);
    const theirs = await createTag(uniqueName('Theirs'), key, desk.owner);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(mine.body.tag.id).not.toBe(theirs.body.tag.id);
    // (call() sends every request to one test URL: the endpoint needs a request with its real path.)
    const postTokenAt = async (path: string) => {
      const request = new Request(`http://localhost${path}`, {
        method: 'POST',
        headers: { cookie: await sessionCookie(desk.editor), 'idempotency-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x' }),
      });
      const response = await tokensRoute.POST(request, { params: Promise.resolve({}) });
      return { status: response.status, body: await response.json() };
    };
    const elsewhere = await postTokenAt('/api/tokens');
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.error.fields['Idempotency-Key']).toEqual(['This key was used for another request.']);
    const short = await createTag(uniqueName('Short'), 'abc');
    expect(short.status).toBe(422);
    expect(short.body.error.fields['Idempotency-Key']).toEqual(['An Idempotency-Key has 8 to 100 characters.']);
  });

  it('changes nothing for requests without a key', async () => {
    const name = uniqueName('Plain');
    expect((await createTag(name, null)).status).toBe(201);
    expect((await createTag(name, null)).status).toBe(409);
  });
});
