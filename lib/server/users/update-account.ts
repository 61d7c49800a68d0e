import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { updateAccountSchema, type UpdateAccountInput } from '@/lib/validation/account';

/** The signed-in user renames themselves (the email is the login and does not change here). */
export async function updateAccount(options: { user: SessionUser; input: UpdateAccountInput }): Promise<SessionUser> {
  const { name } = parseInput(updateAccountSchema, options.input);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: options.user.id }, data: { name }, select: { id: true, email: true, name: true } });
    await recordAuditEvent(tx, { teamId: null, actorId: options.user.id, action: 'account.update', entityType: 'User', entityId: options.user.id, before: { name: options.user.name }, after: { name } });
    return updated;
  });
}
