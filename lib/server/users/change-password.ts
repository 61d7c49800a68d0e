import 'server-only';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { changePasswordSchema, type ChangePasswordInput } from '@/lib/validation/account';

/**
 * The signed-in user sets a new password; the current one is required (422 on the field if wrong).
 * Every session that signed in before now ends (`sessionsValidFrom`); the route gives the browser
 * that changed it a fresh cookie.
 */
export async function changePassword(options: { user: SessionUser; input: ChangePasswordInput }): Promise<void> {
  const input = parseInput(changePasswordSchema, options.input);
  const stored = await db.user.findUnique({ where: { id: options.user.id }, select: { passwordHash: true } });
  if (!stored || !(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    throw new AppError('VALIDATION', 'Your current password is not right.', { fields: { currentPassword: ['This is not your current password.'] } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: options.user.id }, data: { passwordHash, sessionsValidFrom: new Date() }, select: { id: true } });
    await recordAuditEvent(tx, { teamId: null, actorId: options.user.id, action: 'account.password', entityType: 'User', entityId: options.user.id });
  });
}
