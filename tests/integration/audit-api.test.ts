import { beforeAll, describe, expect, it } from 'vitest';
import * as auditRoute from '@/app/api/teams/[id]/audit/route';
import * as memberRoute from '@/app/api/teams/[id]/members/[userId]/route';
import * as invitesRoute from '@/app/api/teams/[id]/invites/route';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AUDIT_PAGE_SIZE } from '@/lib/validation/teams';
import { createDesk, type Desk } from '../support/desk';
import { createTestUser, uniqueName } from '../support/factory';
import { call } from '../support/http';

let desk: Desk;
beforeAll(async () => {
  desk = await createDesk();
  const member = await createTestUser({ teamId: desk.teamId, role: 'VIEWER' });
  await call(memberRoute.PATCH, 'PATCH', { user: desk.owner, params: { id: desk.teamId, userId: member.id }, body: { role: 'EDITOR' } });
  await call(invitesRoute.POST, 'POST', { user: desk.owner, params: { id: desk.teamId }, body: { email: `${uniqueName('a')}@test.example.org`, role: 'VIEWER' } });
});

const audit = (user: SessionUser | null, query: Record<string, string> = {}) => call(auditRoute.GET, 'GET', { user, params: { id: desk.teamId }, query });

describe('the audit log', () => {
  it('is for owners only', async () => {
    expect((await audit(desk.editor)).status).toBe(403);
    expect((await audit(desk.viewer)).status).toBe(403);
    expect((await audit(desk.outsider)).status).toBe(404);
    expect((await audit(null)).status).toBe(401);
  });

  it('lists who did what, newest first, with the values each filter can take', async () => {
    const res = await audit(desk.owner);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.events.map((e: { action: string }) => e.action)).toEqual(['invite.create', 'member.role']);
    expect(res.body.events[1]).toMatchObject({ entityType: 'Membership', actor: { id: desk.owner.id, name: 'Owner' }, before: { role: 'VIEWER' }, after: { role: 'EDITOR' } });
    expect(res.body.facets).toEqual({
      actions: ['invite.create', 'member.role'],
      entityTypes: ['Invite', 'Membership'],
      actors: [{ id: desk.owner.id, name: 'Owner', email: desk.owner.email }],
    });
  });

  it('filters by action, entity type, actor and dates, and pages', async () => {
    expect((await audit(desk.owner, { action: 'member.role' })).body.events).toHaveLength(1);
    expect((await audit(desk.owner, { entityType: 'Invite' })).body.events.map((e: { action: string }) => e.action)).toEqual(['invite.create']);
    expect((await audit(desk.owner, { actor: desk.editor.id })).body.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await audit(desk.owner, { from: today, to: today })).body.total).toBe(2);
    expect((await audit(desk.owner, { to: '2020-01-01' })).body.total).toBe(0);
    const bad = await audit(desk.owner, { from: '2026-02-30', page: '0' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['from', 'page']);
    expect((await audit(desk.owner, { from: '2026-05-02', to: '2026-05-01' })).status).toBe(422);

    await db.auditEvent.createMany({
      data: Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ teamId: desk.teamId, actorId: desk.editor.id, action: 'tag.create', entityType: 'Tag', entityId: `t${i}` })),
    });
    const page1 = await audit(desk.owner, { actor: desk.editor.id });
    expect(page1.body).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, page: 1, pageSize: AUDIT_PAGE_SIZE });
    expect(page1.body.events).toHaveLength(AUDIT_PAGE_SIZE);
    const page2 = await audit(desk.owner, { actor: desk.editor.id, page: '2' });
    expect(page2.body.events).toHaveLength(5);
  });
});
