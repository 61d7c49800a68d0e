import { beforeAll, describe, expect, it } from 'vitest';
import * as memberRoute from '@/app/api/teams/[id]/members/[userId]/route';
import * as membersRoute from '@/app/api/teams/[id]/members/route';
import * as teamsRoute from '@/app/api/teams/route';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { listTeams } from '@/lib/server/teams/list-teams';
import { createDesk, span, DESK_TEXT, type Desk } from '../support/desk';
import { createTestTeam, createTestUser, uniqueName } from '../support/factory';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
});

type User = SessionUser | null;
const list = (user: User, teamId = desk.teamId) => call(membersRoute.GET, 'GET', { user, params: { id: teamId } });
const setRole = (user: User, userId: string, role: unknown, teamId = desk.teamId) =>
  call(memberRoute.PATCH, 'PATCH', { user, params: { id: teamId, userId }, body: { role } });
const remove = (user: User, userId: string, teamId = desk.teamId) => call(memberRoute.DELETE, 'DELETE', { user, params: { id: teamId, userId } });

async function ownedTeam() {
  const team = await createTestTeam();
  const owner = await createTestUser({ teamId: team.id, role: 'OWNER', name: 'Solo Owner' });
  return { teamId: team.id, owner };
}

describe('team members', () => {
  it('lists members with roles for every member, owners first; outsiders get 404, signed-out 401', async () => {
    const res = await list(desk.viewer);
    expect(res.status).toBe(200);
    expect(res.body.members.map((m: { role: string }) => m.role)).toEqual(['OWNER', 'EDITOR', 'EDITOR', 'VIEWER']);
    expect(res.body.members[0]).toMatchObject({ userId: desk.owner.id, name: 'Owner', email: desk.owner.email });
    expect((await list(desk.outsider)).status).toBe(404);
    expect((await list(null)).status).toBe(401);
  });

  it('lets an owner change a role; editors and viewers are refused (403), outsiders get 404', async () => {
    const member = await createTestUser({ teamId: desk.teamId, role: 'VIEWER' });
    expect((await setRole(desk.editor, member.id, 'EDITOR')).status).toBe(403);
    expect((await setRole(desk.viewer, member.id, 'EDITOR')).status).toBe(403);
    expect((await setRole(desk.outsider, member.id, 'EDITOR')).status).toBe(404);
    const bad = await setRole(desk.owner, member.id, 'ADMIN');
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.role).toBeDefined();
    const ok = await setRole(desk.owner, member.id, 'EDITOR');
    expect(ok.status).toBe(200);
    expect(ok.body.member).toMatchObject({ userId: member.id, role: 'EDITOR' });
    expect((await setRole(desk.owner, desk.outsider.id, 'EDITOR')).status).toBe(404); // not a member of this team
    const audit = await db.auditEvent.findFirst({ where: { teamId: desk.teamId, action: 'member.role', actorId: desk.owner.id }, orderBy: { createdAt: 'desc' } });
    expect(audit).toMatchObject({ entityType: 'Membership', before: { role: 'VIEWER' }, after: { role: 'EDITOR' } });
  });

  it('never lets the last owner be demoted, removed or leave (409); with two owners one may go', async () => {
    const { teamId, owner } = await ownedTeam();
    const demoted = await setRole(owner, owner.id, 'EDITOR', teamId);
    expect(demoted.status).toBe(409);
    expect(demoted.body.error.message).toMatch(/at least one owner/);
    const left = await remove(owner, owner.id, teamId);
    expect(left.status).toBe(409);
    expect(left.body.error.message).toMatch(/last owner/);

    const second = await createTestUser({ teamId, role: 'EDITOR' });
    expect((await setRole(owner, second.id, 'OWNER', teamId)).status).toBe(200);
    expect((await setRole(owner, owner.id, 'EDITOR', teamId)).status).toBe(200);
    // Now `second` is the only owner: the former owner (an editor now) cannot remove them, nor can they demote themselves.
    expect((await remove(owner, second.id, teamId)).status).toBe(403);
    expect((await setRole(second, second.id, 'VIEWER', teamId)).status).toBe(409);
    expect(await db.membership.count({ where: { teamId, role: 'OWNER' } })).toBe(1);
  });

  it('keeps at least one owner when two owners demote each other at the same moment', async () => {
    const { teamId, owner } = await ownedTeam();
    const other = await createTestUser({ teamId, role: 'OWNER' });
    const results = await Promise.all([setRole(owner, other.id, 'EDITOR', teamId), setRole(other, owner.id, 'EDITOR', teamId)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 403]);
    expect(await db.membership.count({ where: { teamId, role: 'OWNER' } })).toBe(1);
  });

  it('removes a member but keeps the account and their highlights, attributed', async () => {
    const { teamId } = await ownedTeam();
    const team = await createDesk();
    const leaving = await createTestUser({ teamId: team.teamId, role: 'EDITOR', name: 'Leaving Analyst' });
    await db.membership.create({ data: { teamId, userId: leaving.id, role: 'EDITOR' } });
    const { start, end } = span(DESK_TEXT, 'Moscow');
    const annotation = await db.annotation.create({
      data: { teamId: team.teamId, documentId: team.documentId, authorId: leaving.id, start, end, exact: 'Moscow', prefix: '', suffix: '' },
      select: { id: true },
    });
    expect((await remove(team.editor, leaving.id, team.teamId)).status).toBe(403);
    expect((await remove(team.outsider, leaving.id, team.teamId)).status).toBe(404);
    expect((await remove(team.owner, leaving.id, team.teamId)).status).toBe(204);
    expect(await db.user.findUnique({ where: { id: leaving.id }, select: { name: true } })).toEqual({ name: 'Leaving Analyst' });
    expect(await db.annotation.findUnique({ where: { id: annotation.id }, select: { authorId: true } })).toEqual({ authorId: leaving.id });
    expect((await list(leaving, team.teamId)).status).toBe(404); // no longer sees the team
    expect((await list(leaving, teamId)).status).toBe(200); // still on the other one
    expect((await remove(team.owner, leaving.id, team.teamId)).status).toBe(404);
    expect(await db.auditEvent.count({ where: { teamId: team.teamId, action: 'member.remove', actorId: team.owner.id } })).toBe(1);
  });

  it('lets any member leave a team themselves', async () => {
    const { teamId } = await ownedTeam();
    const viewer = await createTestUser({ teamId, role: 'VIEWER' });
    expect((await remove(viewer, viewer.id, teamId)).status).toBe(204);
    expect(await db.membership.count({ where: { teamId, userId: viewer.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { teamId, action: 'member.leave', actorId: viewer.id } })).toBe(1);
  });
});

describe('creating a team', () => {
  it('makes the creator its owner, switches to it and records it', async () => {
    const user = await createTestUser({ teamId: desk.teamId, role: 'VIEWER' });
    const name = uniqueName('New desk');
    const res = await call(teamsRoute.POST, 'POST', { user, body: { name: `  ${name} ` } });
    expect(res.status).toBe(201);
    expect(res.body.team).toMatchObject({ name, role: 'OWNER' });
    expect(res.headers.get('set-cookie')).toContain(`credence-team=${res.body.team.id}`);
    const teams = await listTeams({ user });
    expect(teams.map((t) => t.name)).toContain(name);
    expect(await db.auditEvent.count({ where: { teamId: res.body.team.id, action: 'team.create', actorId: user.id } })).toBe(1);
  });

  it('refuses an empty name (422) and a signed-out visitor (401)', async () => {
    const user = await createTestUser();
    const empty = await call(teamsRoute.POST, 'POST', { user, body: { name: '   ' } });
    expect(empty.status).toBe(422);
    expect(empty.body.error.fields.name).toEqual(['Name the team.']);
    expect((await call(teamsRoute.POST, 'POST', { user: null, body: { name: 'x' } })).status).toBe(401);
  });
});
