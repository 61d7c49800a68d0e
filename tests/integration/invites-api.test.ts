import { beforeAll, describe, expect, it } from 'vitest';
import * as acceptRoute from '@/app/api/invites/accept/route';
import * as inviteRoute from '@/app/api/invites/[id]/route';
import * as lookupRoute from '@/app/api/invites/lookup/route';
import * as invitesRoute from '@/app/api/teams/[id]/invites/route';
import { verifyCredentials } from '@/lib/auth/options';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { hashSecret } from '@/lib/server/tokens/secret';
import { createDesk, type Desk } from '../support/desk';
import { createTestUser, TEST_PASSWORD, uniqueName } from '../support/factory';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

type User = SessionUser | null;
const newEmail = () => `${uniqueName('invitee')}@test.example.org`;
const invite = (user: User, body: Record<string, unknown>, teamId = desk.teamId) => call(invitesRoute.POST, 'POST', { user, params: { id: teamId }, body });
const listInvites = (user: User) => call(invitesRoute.GET, 'GET', { user, params: { id: desk.teamId } });
const lookup = (token: string) => call(lookupRoute.GET, 'GET', { query: { token } });
const accept = (user: User, body: Record<string, unknown>) => call(acceptRoute.POST, 'POST', { user, body });
const revoke = (user: User, id: string) => call(inviteRoute.DELETE, 'DELETE', { user, params: { id } });

async function created(email = newEmail(), role = 'EDITOR') {
  const res = await invite(desk.owner, { email, role });
  expect(res.status).toBe(201);
  return { email, token: res.body.token as string, id: res.body.invite.id as string, res };
}

describe('invites', () => {
  it('lets only an owner invite; the link is shown once and only its hash is stored', async () => {
    const email = newEmail();
    expect((await invite(desk.editor, { email, role: 'EDITOR' })).status).toBe(403);
    expect((await invite(desk.viewer, { email, role: 'EDITOR' })).status).toBe(403);
    expect((await invite(desk.outsider, { email, role: 'EDITOR' })).status).toBe(404);
    expect((await invite(null, { email, role: 'EDITOR' })).status).toBe(401);
    const bad = await invite(desk.owner, { email: 'not-an-email', role: 'BOSS' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'role']);

    const { token, id, res } = await created(email.toUpperCase());
    expect(token).toMatch(/^inv_[A-Za-z0-9_-]{43}$/);
    expect(res.body.path).toBe(`/invite/${token}`);
    expect(res.body.url).toBe(`http://localhost/invite/${token}`);
    expect(res.body.invite).toMatchObject({ email, role: 'EDITOR', state: 'pending', createdBy: 'Owner' });
    const days = (Date.parse(res.body.invite.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const [row] = await db.$queryRaw<{ tokenHash: string }[]>`SELECT "tokenHash" FROM "Invite" WHERE id = ${id}`;
    expect(row!.tokenHash).toBe(hashSecret(token));
    expect(JSON.stringify(await listInvites(desk.owner))).not.toContain(token);
    expect((await listInvites(desk.editor)).status).toBe(403);
    expect(await db.auditEvent.count({ where: { teamId: desk.teamId, action: 'invite.create', entityId: id } })).toBe(1);
  });

  it('refuses to invite someone already on the team', async () => {
    const res = await invite(desk.owner, { email: desk.viewer.email, role: 'EDITOR' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(`${desk.viewer.email} is already on this team.`);
  });

  it('creates the account of a new invitee, who can then sign in and sees the team', async () => {
    const { email, token } = await created(newEmail(), 'VIEWER');
    const looked = await lookup(token);
    expect(looked.status).toBe(200);
    expect(looked.body.invite).toMatchObject({ email, role: 'VIEWER', state: 'pending', hasAccount: false, teamName: expect.any(String) });

    const missing = await accept(null, { token });
    expect(missing.status).toBe(422);
    expect(Object.keys(missing.body.error.fields).sort()).toEqual(['name', 'password']);
    expect((await accept(null, { token, name: 'Short', password: 'short' })).status).toBe(422);

    const res = await accept(null, { token, name: '  Nadia New  ', password: 'a long new password' });
    expect(res.status).toBe(200);
    expect(res.body.accepted).toMatchObject({ teamId: desk.teamId, email, role: 'VIEWER', isNewAccount: true });
    expect(res.headers.get('set-cookie')).toContain(`credence-team=${desk.teamId}`);
    const user = await verifyCredentials({ email, password: 'a long new password' });
    expect(user).toMatchObject({ email, name: 'Nadia New' });
    expect(await db.membership.findUnique({ where: { teamId_userId: { teamId: desk.teamId, userId: user!.id } }, select: { role: true } })).toEqual({ role: 'VIEWER' });
    expect(await db.auditEvent.count({ where: { teamId: desk.teamId, action: 'invite.accept', actorId: user!.id } })).toBe(1);

    // Single use.
    const again = await accept(null, { token, name: 'Someone', password: 'another password' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already been used/);
    expect((await lookup(token)).body.invite.state).toBe('accepted');
  });

  it('makes an existing account sign in as itself to accept, then simply joins', async () => {
    const existing = await createTestUser();
    const someoneElse = await createTestUser();
    const { token } = await created(existing.email, 'EDITOR');
    expect((await lookup(token)).body.invite.hasAccount).toBe(true);
    const anonymous = await accept(null, { token, name: 'Impostor', password: 'a long password' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toMatch(/sign in as/);
    const wrong = await accept(someoneElse, { token });
    expect(wrong.status).toBe(403);
    expect(await verifyCredentials({ email: existing.email, password: 'a long password' })).toBeNull();

    const ok = await accept(existing, { token });
    expect(ok.status).toBe(200);
    expect(ok.body.accepted).toMatchObject({ isNewAccount: false, wasAlreadyMember: false, role: 'EDITOR' });
    expect(await verifyCredentials({ email: existing.email, password: TEST_PASSWORD })).not.toBeNull(); // password untouched
    expect(await db.membership.count({ where: { teamId: desk.teamId, userId: existing.id, role: 'EDITOR' } })).toBe(1);
  });

  it('refuses expired and revoked invites with a clear message, and unknown links with 404', async () => {
    const expired = await created();
    await db.$executeRaw`UPDATE "Invite" SET "expiresAt" = now() - interval '1 minute' WHERE id = ${expired.id}`;
    expect((await lookup(expired.token)).body.invite.state).toBe('expired');
    const late = await accept(null, { token: expired.token, name: 'Late', password: 'a long password' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/expired/);

    const revoked = await created();
    expect((await revoke(desk.editor, revoked.id)).status).toBe(403);
    expect((await revoke(desk.outsider, revoked.id)).status).toBe(404);
    const res = await revoke(desk.owner, revoked.id);
    expect(res.status).toBe(200);
    expect(res.body.invite.state).toBe('revoked');
    expect((await lookup(revoked.token)).body.invite.state).toBe('revoked');
    const refused = await accept(null, { token: revoked.token, name: 'Too late', password: 'a long password' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/withdrawn/);
    expect(await db.user.count({ where: { email: revoked.email } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: 'invite.revoke', entityId: revoked.id, actorId: desk.owner.id } })).toBe(1);

    expect((await lookup('inv_nothing-like-this')).status).toBe(404);
    expect((await accept(null, { token: 'inv_nothing-like-this', name: 'X', password: 'a long password' })).status).toBe(404);
    expect((await revoke(desk.owner, 'no-such-invite')).status).toBe(404);
  });

  it('replaces a pending invite for the same email with a new one', async () => {
    const first = await created();
    const second = await created(first.email);
    expect((await lookup(first.token)).body.invite.state).toBe('revoked');
    expect((await lookup(second.token)).body.invite.state).toBe('pending');
  });

  it('lets exactly one of two simultaneous accepts through, with one account and one membership', async () => {
    const { email, token } = await created();
    const results = await Promise.all([
      accept(null, { token, name: 'Racer One', password: 'a long password 1' }),
      accept(null, { token, name: 'Racer Two', password: 'a long password 2' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.membership.count({ where: { teamId: desk.teamId, user: { email } } })).toBe(1);

    const member = await createTestUser();
    const joined = await created(member.email);
    const both = await Promise.all([accept(member, { token: joined.token }), accept(member, { token: joined.token })]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await db.membership.count({ where: { teamId: desk.teamId, userId: member.id } })).toBe(1);
  });
});
