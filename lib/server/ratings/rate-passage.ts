import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { AppError, notFound, parseInput } from '@/lib/errors';
import { touchDocuments } from '@/lib/server/documents/touch-document';
import { recordAuditEvent } from '@/lib/server/audit/record-audit-event';
import { passageRatingsFor, type PassageRatingsDto } from '@/lib/server/ratings/passage-ratings';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { passageRatingSchema, type PassageRatingInput } from '@/lib/validation/ratings';

async function loadPassage(user: SessionUser, annotationId: string) {
  const annotation = await db.annotation.findUnique({ where: { id: annotationId }, select: { id: true, teamId: true, documentId: true } });
  if (!annotation) throw notFound('That highlight');
  const access = await requireTeamAccess({ user, teamId: annotation.teamId, need: 'edit', what: 'That highlight' });
  return { annotation, access };
}

async function view(user: SessionUser, annotationId: string, isBlind: boolean): Promise<PassageRatingsDto> {
  const views = await passageRatingsFor({ annotationIds: [annotationId], userId: user.id, isBlind });
  return views.get(annotationId) ?? { mine: null, others: [], hiddenCount: 0, summary: null };
}

/** Sets the user's credibility rating (1-6) of a passage; history keeps every change. */
export async function ratePassage(options: { user: SessionUser; annotationId: string; input: PassageRatingInput }): Promise<PassageRatingsDto> {
  const input = parseInput(passageRatingSchema, options.input);
  const { annotation, access } = await loadPassage(options.user, options.annotationId);
  await db.$transaction(async (tx) => {
    const key = { annotationId_userId: { annotationId: annotation.id, userId: options.user.id } };
    const before = await tx.passageRating.findUnique({ where: key, select: { credibility: true, rationale: true, version: true } });
    if (before && input.version && before.version !== input.version) {
      throw new AppError('CONFLICT', 'You changed this rating elsewhere since this page loaded. Reload to see it, or save again to overwrite.', { current: before });
    }
    await tx.passageRating.upsert({
      where: key,
      create: { annotationId: annotation.id, documentId: annotation.documentId, userId: options.user.id, credibility: input.credibility, rationale: input.rationale },
      update: { credibility: input.credibility, rationale: input.rationale, version: { increment: 1 } },
    });
    await touchDocuments(tx, { id: annotation.documentId });
    await tx.passageRatingEvent.create({ data: { annotationId: annotation.id, userId: options.user.id, action: 'SET', credibility: input.credibility, rationale: input.rationale } });
    await recordAuditEvent(tx, {
      teamId: annotation.teamId, actorId: options.user.id, action: 'passage-rating.set', entityType: 'Annotation', entityId: annotation.id,
      ...(before ? { before } : {}), after: { credibility: input.credibility, rationale: input.rationale },
    });
  });
  return view(options.user, annotation.id, access.isBlind);
}

/** Withdraws the user's rating of a passage (recorded in its history). Nothing to withdraw is fine. */
export async function unratePassage(options: { user: SessionUser; annotationId: string }): Promise<void> {
  const { annotation } = await loadPassage(options.user, options.annotationId);
  await db.$transaction(async (tx) => {
    const removed = await tx.passageRating.deleteMany({ where: { annotationId: annotation.id, userId: options.user.id } });
    if (removed.count === 0) return;
    await touchDocuments(tx, { id: annotation.documentId });
    await tx.passageRatingEvent.create({ data: { annotationId: annotation.id, userId: options.user.id, action: 'DELETE' } });
    await recordAuditEvent(tx, { teamId: annotation.teamId, actorId: options.user.id, action: 'passage-rating.delete', entityType: 'Annotation', entityId: annotation.id });
  });
}
