import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { hashSecret } from '@/lib/server/tokens/secret';

/** lastUsedAt is written at most this often per token, so a busy script does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a live API token acts as, or null (unknown or revoked). */
export async function authenticateApiToken(token: string): Promise<SessionUser | null> {
  if (token.length > 200) return null;
  const [row] = await db.$queryRaw<{ id: string; lastUsedAt: Date | null; userId: string; email: string; name: string }[]>`
    SELECT t.id, t."lastUsedAt", u.id AS "userId", u.email, u.name
      FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
     WHERE t."tokenHash" = ${hashSecret(token)} AND t."revokedAt" IS NULL`;
  if (!row) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    // Conditional, so concurrent calls in the same minute write once.
    await db.$executeRaw`
      UPDATE "ApiToken" SET "lastUsedAt" = ${now}::timestamp(3)
       WHERE id = ${row.id} AND ("lastUsedAt" IS NULL OR "lastUsedAt" <= ${staleBefore}::timestamp(3))`;
  }
  return { id: row.userId, email: row.email, name: row.name };
}
