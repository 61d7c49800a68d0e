import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';

/** Revokes one of the user's own tokens at once; someone else's, or an unknown id, is "not found". */
export async function revokeApiToken(options: { user: SessionUser; tokenId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const [row] = await tx.apiToken.updateManyAndReturn({
      where: { id: options.tokenId, userId: options.user.id, revokedAt: null },
      data: { revokedAt: new Date() },
      select: { name: true, prefix: true },
    });
    if (!row) throw notFound('That token');
    await recordAuditEvent(tx, { teamId: null, actorId: options.user.id, action: 'token.revoke', entityType: 'ApiToken', entityId: options.tokenId, before: row });
  });
}
