// Direct database access for e2e fixtures that the UI cannot create yet (the harness sets DATABASE_URL).
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { DEMO_PASSWORD } from './accounts';

export async function withDb<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new account (password credence-demo) that is a member of each named team with the given role. */
export async function createMultiTeamUser(memberships: { team: string; role: 'OWNER' | 'EDITOR' | 'VIEWER' }[]): Promise<string> {
  const email = `multi-${randomUUID().slice(0, 8)}@test.example.org`;
  const passwordHash = await hash(DEMO_PASSWORD);
  await withDb(async (client) => {
    const userId = `e2e${randomUUID().replaceAll('-', '')}`;
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, 'Mia Two-Teams', $3, now())`, [userId, email, passwordHash]);
    for (const { team, role } of memberships) {
      await client.query(
        `INSERT INTO "Membership" (id, "teamId", "userId", role) SELECT $1, id, $2, $3::"Role" FROM "Team" WHERE name = $4`,
        [`e2e${randomUUID().replaceAll('-', '')}`, userId, role, team],
      );
    }
  });
  return email;
}
