import 'server-only';
import { Prisma } from '@prisma/client';
import { hashPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { ensureTeam } from '@/lib/server/teams/ensure-team';
import { createUserSchema, type CreateUserInput } from '@/lib/validation/auth';

export type CreatedUser = { userId: string; teamId: string; teamName: string; isNewTeam: boolean };

/** Creates an account and its membership of a team (created when it does not exist yet). */
export async function createUser(options: { input: CreateUserInput; actorId?: string | null }): Promise<CreatedUser> {
  const input = parseInput(createUserSchema, options.input);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const { team, isNew } = await ensureTeam(tx, { name: input.team });
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true },
      });
      await tx.membership.create({ data: { teamId: team.id, userId: user.id, role: input.role } });
      await recordAuditEvent(tx, {
        teamId: team.id,
        actorId: options.actorId ?? null,
        action: 'user.create',
        entityType: 'User',
        entityId: user.id,
        after: { email: input.email, name: input.name, role: input.role },
      });
      return { userId: user.id, teamId: team.id, teamName: team.name, isNewTeam: isNew };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', `An account with the email ${input.email} already exists.`, {
        fields: { email: ['This email already has an account.'] },
      });
    }
    throw error;
  }
}
