import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createUser } from '@/lib/server/users/create-user';
import { uniqueName } from '../support/factory';

function input(overrides: Record<string, unknown> = {}) {
  return {
    email: `${uniqueName('new')}@Test.Example.org`,
    name: 'Nadia Rahimi',
    password: 'a long enough password',
    team: uniqueName('Desk'),
    role: 'EDITOR' as const,
    ...overrides,
  };
}

describe('createUser', () => {
  it('creates the account, its team and its membership, and it can log in', async () => {
    const data = input();
    const created = await createUser({ input: data });
    expect(created.isNewTeam).toBe(true);
    const membership = await db.membership.findUniqueOrThrow({
      where: { teamId_userId: { teamId: created.teamId, userId: created.userId } },
      select: { role: true, user: { select: { email: true } }, team: { select: { name: true } } },
    });
    expect(membership).toEqual({ role: 'EDITOR', user: { email: data.email.toLowerCase() }, team: { name: data.team } });
    expect(await verifyCredentials({ email: data.email, password: data.password })).not.toBeNull();
    const audit = await db.auditEvent.findFirst({ where: { entityId: created.userId, action: 'user.create' } });
    expect(audit?.teamId).toBe(created.teamId);
  });

  it('joins an existing team by name', async () => {
    const team = uniqueName('Shared desk');
    const first = await createUser({ input: input({ team }) });
    const second = await createUser({ input: input({ team, role: 'VIEWER' }) });
    expect(second.teamId).toBe(first.teamId);
    expect(second.isNewTeam).toBe(false);
  });

  it('keeps teams whose names share a slug apart (non-Latin names, punctuation)', async () => {
    const suffix = uniqueName('x');
    const persian = await createUser({ input: input({ team: `میز ایران ${suffix}` }) });
    const russian = await createUser({ input: input({ team: `Отдел России ${suffix}` }) });
    expect(russian.isNewTeam).toBe(true);
    expect(russian.teamId).not.toBe(persian.teamId);
    expect(russian.teamName).toBe(`Отдел России ${suffix}`);
    const plain = await createUser({ input: input({ team: `Desk ${suffix}` }) });
    const punctuated = await createUser({ input: input({ team: `Desk ${suffix}!` }) });
    expect(punctuated.teamId).not.toBe(plain.teamId);
    const teams = await db.team.findMany({ where: { id: { in: [persian.teamId, russian.teamId, plain.teamId, punctuated.teamId] } }, select: { slug: true } });
    expect(new Set(teams.map((team) => team.slug)).size).toBe(4);
  });

  it('joins a team by its name whatever the case', async () => {
    const team = uniqueName('Case Desk');
    const first = await createUser({ input: input({ team }) });
    const second = await createUser({ input: input({ team: team.toUpperCase() }) });
    expect(second).toMatchObject({ teamId: first.teamId, teamName: team, isNewTeam: false });
  });

  it('refuses a second account with the same email, whatever its case', async () => {
    const data = input();
    await createUser({ input: data });
    const again = createUser({ input: { ...data, email: data.email.toUpperCase(), team: uniqueName('Desk') } });
    await expect(again).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });
  });

  it('rolls back the team when the account cannot be created', async () => {
    const data = input();
    await createUser({ input: data });
    const team = uniqueName('Never created');
    await expect(createUser({ input: { ...data, team } })).rejects.toBeInstanceOf(AppError);
    expect(await db.team.count({ where: { name: team } })).toBe(0);
  });

  it('answers field errors for bad input', async () => {
    const attempt = createUser({ input: input({ email: 'nope', password: 'short', role: 'ADMIN', name: '' }) });
    await expect(attempt).rejects.toMatchObject({ code: 'VALIDATION', status: 422 });
    const error = (await attempt.catch((e: unknown) => e)) as AppError;
    expect(Object.keys(error.options.fields ?? {}).sort()).toEqual(['email', 'name', 'password', 'role']);
  });
});
