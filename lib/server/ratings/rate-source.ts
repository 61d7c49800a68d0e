import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { EMPTY_SOURCE_RATINGS, sourceRatingsFor, type SourceRatingsDto } from '@/lib/server/ratings/source-ratings';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { sourceRatingSchema, type SourceRatingInput } from '@/lib/validation/ratings';

/** Sets the user's reliability rating (A-F) of an outlet; history keeps every change. */
export async function rateSource(options: { user: SessionUser; sourceId: string; input: SourceRatingInput }): Promise<SourceRatingsDto> {
  const input = parseInput(sourceRatingSchema, options.input);
  const source = await db.source.findUnique({ where: { id: options.sourceId }, select: { id: true, teamId: true } });
  if (!source) throw notFound('That outlet');
  const access = await requireTeamAccess({ user: options.user, teamId: source.teamId, need: 'edit', what: 'That outlet' });
  await db.$transaction(async (tx) => {
    const key = { sourceId_userId: { sourceId: source.id, userId: options.user.id } };
    const before = await tx.sourceRating.findUnique({ where: key, select: { reliability: true, rationale: true, version: true } });
    if (before && input.version && before.version !== input.version) {
      throw new AppError('CONFLICT', 'You changed this rating elsewhere since this page loaded. Reload to see it, or save again to overwrite.', { current: before });
    }
    await tx.sourceRating.upsert({
      where: key,
      create: { sourceId: source.id, userId: options.user.id, reliability: input.reliability, rationale: input.rationale },
      update: { reliability: input.reliability, rationale: input.rationale, version: { increment: 1 } },
    });
    await tx.sourceRatingEvent.create({ data: { sourceId: source.id, userId: options.user.id, action: 'SET', reliability: input.reliability, rationale: input.rationale } });
    await recordAuditEvent(tx, {
      teamId: source.teamId, actorId: options.user.id, action: 'source-rating.set', entityType: 'Source', entityId: source.id,
      ...(before ? { before } : {}), after: { reliability: input.reliability, rationale: input.rationale },
    });
  });
  const views = await sourceRatingsFor({ sourceIds: [source.id], userId: options.user.id, isBlind: access.isBlind });
  return views.get(source.id) ?? EMPTY_SOURCE_RATINGS;
}
