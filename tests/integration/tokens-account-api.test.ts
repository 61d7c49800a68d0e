import { beforeAll, describe, expect, it } from 'vitest';
import * as passwordRoute from '@/app/api/account/password/route';
import * as accountRoute from '@/app/api/account/route';
import * as documentsRoute from '@/app/api/documents/route';
import * as tagsRoute from '@/app/api/tags/route';
import * as tokenRoute from '@/app/api/tokens/[id]/route';
import * as tokensRoute from '@/app/api/tokens/route';
import { verifyCredentials } from '@/lib/auth/options';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { hashSecret } from '@/lib/server/tokens/secret';
import { createDesk, type Desk } from '../support/desk';
import { createTestUser, TEST_PASSWORD, uniqueName } from '../support/factory';
import { call, sessionCookie } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const createToken = (user: SessionUser | null, name = 'Nightly script', headers?: Record<string, string>) =>
  call(tokensRoute.POST, 'POST', { user, body: { name }, headers });
const documentsWith = (token: string, teamId = desk.teamId) => call(documentsRoute.GET, 'GET', { query: { teamId }, headers: bearer(token) });
const lastUsed = async (id: string) => (await db.$queryRaw<{ lastUsedAt: Date | null }[]>`SELECT "lastUsedAt" FROM "ApiToken" WHERE id = ${id}`)[0]!.lastUsedAt;

describe('personal API tokens', () => {
  it('is shown once, stored hashed, listed without the secret, and works on an existing API route', async () => {
    const res = await createToken(desk.editor);
    expect(res.status).toBe(201);
    const { token, apiToken } = res.body as { token: string; apiToken: { id: string; prefix: string; name: string; lastUsedAt: null } };
    expect(token).toMatch(/^crd_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({ name: 'Nightly script', prefix: token.slice(0, 12), lastUsedAt: null });
    const [row] = await db.$queryRaw<{ tokenHash: string }[]>`SELECT "tokenHash" FROM "ApiToken" WHERE id = ${apiToken.id}`;
    expect(row!.tokenHash).toBe(hashSecret(token));
    const listed = await call(tokensRoute.GET, 'GET', { user: desk.editor });
    expect(listed.body.tokens.map((t: { id: string }) => t.id)).toContain(apiToken.id);
    expect(listed.text).not.toContain(token);

    const docs = await documentsWith(token);
    expect(docs.status).toBe(200);
    expect(docs.body.documents.map((d: { id: string }) => d.id)).toEqual([desk.documentId]);
    const firstUse = await lastUsed(apiToken.id);
    expect(firstUse).toBeInstanceOf(Date);
    // Within a minute, a second call does not write lastUsedAt again.
    expect((await documentsWith(token)).status).toBe(200);
    expect(await lastUsed(apiToken.id)).toEqual(firstUse);
    expect(await db.auditEvent.count({ where: { action: 'token.create', entityId: apiToken.id, actorId: desk.editor.id } })).toBe(1);
  });

  it('carries its user’s permissions and nothing more', async () => {
    const { token } = (await createToken(desk.viewer)).body;
    expect((await documentsWith(token)).status).toBe(200);
    const tag = await call(tagsRoute.POST, 'POST', { body: { teamId: desk.teamId, name: uniqueName('Theme'), color: '#123456' }, headers: bearer(token) });
    expect(tag.status).toBe(403);
    const outsiderToken = (await createToken(desk.outsider)).body.token;
    expect((await documentsWith(outsiderToken)).status).toBe(404);
  });

  it('stops working at once when revoked; unknown tokens get 401 even with a session cookie', async () => {
    const { token, apiToken } = (await createToken(desk.editor)).body;
    expect((await call(tokenRoute.DELETE, 'DELETE', { user: desk.viewer, params: { id: apiToken.id } })).status).toBe(404); // not theirs
    expect((await call(tokenRoute.DELETE, 'DELETE', { user: desk.editor, params: { id: apiToken.id } })).status).toBe(204);
    const after = await documentsWith(token);
    expect(after.status).toBe(401);
    expect(after.body.error.message).toMatch(/not valid/);
    expect((await call(tokenRoute.DELETE, 'DELETE', { user: desk.editor, params: { id: apiToken.id } })).status).toBe(404);
    expect((await documentsWith('crd_made-up')).status).toBe(401);
    const withCookie = await call(documentsRoute.GET, 'GET', { user: desk.editor, query: { teamId: desk.teamId }, headers: bearer('crd_made-up') });
    expect(withCookie.status).toBe(401);
    const listed = await call(tokensRoute.GET, 'GET', { user: desk.editor });
    expect(listed.body.tokens.map((t: { id: string }) => t.id)).not.toContain(apiToken.id);
    expect(await db.auditEvent.count({ where: { action: 'token.revoke', entityId: apiToken.id } })).toBe(1);
  });

  it('cannot mint tokens, list them or change the password (browser session only)', async () => {
    const { token } = (await createToken(desk.editor)).body;
    expect((await createToken(null, 'x', bearer(token))).status).toBe(403);
    expect((await call(tokensRoute.GET, 'GET', { headers: bearer(token) })).status).toBe(403);
    const pw = await call(passwordRoute.PUT, 'PUT', { headers: bearer(token), body: { currentPassword: TEST_PASSWORD, newPassword: 'whatever long' } });
    expect(pw.status).toBe(403);
    expect((await createToken(null)).status).toBe(401);
    expect((await createToken(desk.editor, '  ')).status).toBe(422);
  });
});

describe('account', () => {
  it('renames the signed-in user', async () => {
    const user = await createTestUser();
    const res = await call(accountRoute.PATCH, 'PATCH', { user, body: { name: '  Rana Renamed ' } });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: user.id, email: user.email, name: 'Rana Renamed' });
    expect((await call(accountRoute.PATCH, 'PATCH', { user, body: { name: '' } })).status).toBe(422);
    expect((await call(accountRoute.PATCH, 'PATCH', { user: null, body: { name: 'x' } })).status).toBe(401);
  });

  it('changes the password only with the current one, and by the rules for new passwords', async () => {
    const user = await createTestUser();
    const wrong = await call(passwordRoute.PUT, 'PUT', { user, body: { currentPassword: 'not it', newPassword: 'a brand new password' } });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.fields.currentPassword).toBeDefined();
    const short = await call(passwordRoute.PUT, 'PUT', { user, body: { currentPassword: TEST_PASSWORD, newPassword: 'short' } });
    expect(short.status).toBe(422);
    expect(short.body.error.fields.newPassword).toEqual(['A password has at least 8 characters.']);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).not.toBeNull();

    const ok = await call(passwordRoute.PUT, 'PUT', { user, body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' } });
    expect(ok.status).toBe(204);
    expect(await verifyCredentials({ email: user.email, password: TEST_PASSWORD })).toBeNull();
    expect(await verifyCredentials({ email: user.email, password: 'a brand new password' })).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: 'account.password', actorId: user.id } })).toBe(1);
  });

  it('ends every session that signed in before the change, and keeps the browser that made it signed in', async () => {
    const user = await createTestUser();
    await db.membership.create({ data: { teamId: desk.teamId, userId: user.id, role: 'VIEWER' } });
    const otherBrowser = await sessionCookie(user);
    const thisBrowser = await sessionCookie(user);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const tokenBefore = (await createToken(user, 'Survives the change')).body.token as string;
    const before = await call(tokensRoute.GET, 'GET', { headers: { cookie: otherBrowser } });
    expect(before.status).toBe(200);

    const changed = await call(passwordRoute.PUT, 'PUT', { headers: { cookie: thisBrowser }, body: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' } });
    expect(changed.status).toBe(204);
    const setCookie = changed.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^next-auth\.session-token=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=2592000$/);

    for (const cookie of [otherBrowser, thisBrowser]) {
      const refused = await call(tokensRoute.GET, 'GET', { headers: { cookie } });
      expect(refused.status).toBe(401);
    }
    const fresh = await call(tokensRoute.GET, 'GET', { headers: { cookie: setCookie.split(';')[0]! } });
    expect(fresh.status).toBe(200);
    expect(fresh.body.tokens.map((token: { name: string }) => token.name)).toEqual(['Survives the change']);
    // A personal API token is revoked on its own page, not by a password change: scripts keep running.
    expect((await documentsWith(tokenBefore)).status).toBe(200);
    // A session that signs in after the change (next-auth's jwt callback stamps authAt) is accepted.
    expect((await call(tokensRoute.GET, 'GET', { user })).status).toBe(200);
  });
});
