// Test data with unique names, so integration tests run in parallel without resets.
import { randomUUID } from 'node:crypto';
import type { Role } from '@prisma/client';
import { hashPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { teamSlug } from '@/lib/server/teams/ensure-team';

export const TEST_PASSWORD = 'correct horse battery staple';

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

let cachedHash: Promise<string> | null = null;

export async function createTestTeam(name = uniqueName('team')) {
  return db.team.create({ data: { name, slug: teamSlug(name) }, select: { id: true, name: true, slug: true } });
}

/** A user who is a member of `teamId` with `role` (or of no team). */
export async function createTestUser(options: { teamId?: string; role?: Role; name?: string } = {}): Promise<SessionUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${uniqueName('user')}@test.example.org`;
  const user = await db.user.create({
    data: { email, name: options.name ?? 'Test User', passwordHash: await cachedHash },
    select: { id: true, email: true, name: true },
  });
  if (options.teamId) await db.membership.create({ data: { teamId: options.teamId, userId: user.id, role: options.role ?? 'EDITOR' } });
  return user;
}
