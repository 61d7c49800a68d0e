import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

/** Revokes one of the user's own tokens at once; someone else's, or an unknown id, is "not found". */
export async function revokeApiToken(options: { user: SessionUser; tokenId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ name: string; prefix: string }[]>`
      UPDATE "ApiToken" SET "revokedAt" = ${new Date()}::timestamp(3)
       WHERE id = ${options.tokenId} AND "userId" = ${options.user.id} AND "revokedAt" IS NULL
      RETURNING name, prefix`;
    if (!row) throw notFound('That token');
    await recordAuditEvent(tx, { teamId: null, actorId: options.user.id, action: 'token.revoke', entityType: 'ApiToken', entityId: options.tokenId, before: row });
  });
}
