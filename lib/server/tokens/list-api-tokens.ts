import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { toApiTokenDto, type ApiTokenDto, type ApiTokenRow } from '@/lib/server/tokens/api-token-row';

/** The user's own live tokens, newest first (revoked ones are gone for good). */
export async function listApiTokens(options: { user: SessionUser }): Promise<ApiTokenDto[]> {
  const rows = await db.$queryRaw<ApiTokenRow[]>`
    SELECT id, name, prefix, "createdAt", "lastUsedAt" FROM "ApiToken"
     WHERE "userId" = ${options.user.id} AND "revokedAt" IS NULL ORDER BY "createdAt" DESC, id`;
  return rows.map(toApiTokenDto);
}
