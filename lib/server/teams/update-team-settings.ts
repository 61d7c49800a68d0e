import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { touchDocuments } from '@/lib/server/documents/touch-document';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { teamSettingsSchema } from '@/lib/validation/ratings';

/** A team's settings as the API returns them. */
export type TeamSettingsDto = { id: string; name: string; blindRatings: boolean };

/** OWNER only: turns blind-first rating on or off for the team. */
export async function updateTeamSettings(options: { user: SessionUser; teamId: string; input: unknown }): Promise<TeamSettingsDto> {
  const input = parseInput(teamSettingsSchema, options.input);
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  if (access.role !== 'OWNER') throw new AppError('FORBIDDEN', 'Only a team owner can change the team’s settings.');
  return db.$transaction(async (tx) => {
    const team = await tx.team.update({ where: { id: access.teamId }, data: input, select: { id: true, name: true, blindRatings: true } });
    await touchDocuments(tx, { teamId: team.id }); // who sees which ratings just changed
    await recordAuditEvent(tx, { teamId: team.id, actorId: options.user.id, action: 'team.settings', entityType: 'Team', entityId: team.id, before: { blindRatings: access.isBlind }, after: input });
    return team;
  });
}
