import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { uniqueSlug } from '@/lib/server/teams/ensure-team';
import type { TeamSummary } from '@/lib/server/teams/list-teams';
import { createTeamSchema, type CreateTeamInput } from '@/lib/validation/teams';

/**
 * Any signed-in user creates a team and becomes its OWNER. Names need not be unique (refusing one
 * would tell a stranger that another desk uses it); the slug is.
 */
export async function createTeam(options: { user: SessionUser; input: CreateTeamInput }): Promise<TeamSummary> {
  const { name } = parseInput(createTeamSchema, options.input);
  return db.$transaction(async (tx) => {
    const team = await tx.team.create({ data: { name, slug: await uniqueSlug(tx, name) }, select: { id: true, name: true, slug: true } });
    await tx.membership.create({ data: { teamId: team.id, userId: options.user.id, role: 'OWNER' } });
    await recordAuditEvent(tx, { teamId: team.id, actorId: options.user.id, action: 'team.create', entityType: 'Team', entityId: team.id, after: { name, slug: team.slug } });
    return { ...team, role: 'OWNER' as const };
  });
}
