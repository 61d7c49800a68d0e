import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { DEMO_PASSWORD, DEMO_TEAMS, DEMO_USERS } from '@/lib/server/seed/demo-data';
import { seedDemo } from '@/lib/server/seed/seed-demo';
import { createTestTeam } from '../support/factory';

// The harness seeded this database before the tests ran (as `npm start` does).
describe('the demo seed', () => {
  it('created every demo account with its role, and each can log in with the demo password', async () => {
    for (const demo of DEMO_USERS) {
      const user = await verifyCredentials({ email: demo.email, password: DEMO_PASSWORD });
      expect(user, demo.email).not.toBeNull();
      const membership = await db.membership.findFirstOrThrow({ where: { userId: user!.id }, select: { role: true, team: { select: { name: true } } } });
      expect(membership).toEqual({ role: demo.role, team: { name: demo.team } });
    }
  });

  it('imported the five seed articles into the desk and none into the other desk', async () => {
    const desk = await db.team.findFirstOrThrow({ where: { name: 'Russia-Iran desk' }, select: { _count: { select: { documents: true } } } });
    const other = await db.team.findFirstOrThrow({ where: { name: 'Other desk' }, select: { _count: { select: { documents: true } } } });
    expect(desk._count.documents).toBe(5);
    expect(other._count.documents).toBe(0);
  });

  it('changes nothing when it runs again', async () => {
    // Only the demo desks' rows: other test files add their own rows in parallel.
    const demo = { name: { in: DEMO_TEAMS.map((team) => team.name) } };
    const snapshot = () =>
      Promise.all([
        db.user.findMany({ where: { email: { in: DEMO_USERS.map((user) => user.email) } }, select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } }),
        db.team.findMany({ where: demo, select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } }),
        db.membership.findMany({ where: { team: demo, user: { email: { in: DEMO_USERS.map((user) => user.email) } } }, select: { id: true, role: true }, orderBy: { id: 'asc' } }),
        db.document.findMany({ where: { team: demo }, select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } }),
        db.source.findMany({ where: { team: demo }, select: { id: true }, orderBy: { id: 'asc' } }),
        db.tag.findMany({ where: { team: demo }, select: { id: true, version: true }, orderBy: { id: 'asc' } }),
        db.annotation.count({ where: { document: { team: demo }, author: { email: { in: DEMO_USERS.map((user) => user.email) } }, note: { not: '' } } }),
      ]);
    const before = await snapshot();
    const report = await seedDemo({ force: true, isProduction: false });
    expect(report.created).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a database that holds other teams’ work unless forced', async () => {
    await createTestTeam();
    await expect(seedDemo({ isProduction: false })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('never creates demo accounts in production', async () => {
    await expect(seedDemo({ force: true, isProduction: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
