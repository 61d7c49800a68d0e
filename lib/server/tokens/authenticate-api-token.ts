import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { hashSecret } from '@/lib/server/tokens/secret';

/** lastUsedAt is written at most this often per token, so a busy script does not write on every call. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a live API token acts as, or null (unknown or revoked). */
export async function authenticateApiToken(token: string): Promise<SessionUser | null> {
  if (token.length > 200) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(token), revokedAt: null },
    select: { id: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!row) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    // Conditional (one UPDATE … WHERE), so concurrent calls in the same minute write once.
    await db.apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { id: row.user.id, email: row.user.email, name: row.user.name };
}
