import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { API_TOKEN_SELECT, toApiTokenDto, type ApiTokenDto } from '@/lib/server/tokens/api-token-dto';

/** The user's own live tokens, newest first (revoked ones are gone for good). */
export async function listApiTokens(options: { user: SessionUser }): Promise<ApiTokenDto[]> {
  const rows = await db.apiToken.findMany({
    where: { userId: options.user.id, revokedAt: null },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: API_TOKEN_SELECT,
  });
  return rows.map(toApiTokenDto);
}
