import 'server-only';
import type { Reliability } from '@/lib/agreement/admiralty';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { isRecordId } from '@/lib/validation/common';
import { EMPTY_SOURCE_RATINGS, sourceRatingsFor, type SourceRatingsDto } from '@/lib/server/ratings/source-ratings';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** A change in an outlet's ratings: who set or withdrew what, when. */
export type SourceRatingEventDto = { user: { id: string; name: string }; action: 'SET' | 'DELETE'; reliability: Reliability | null; rationale: string; createdAt: string };

export type SourceDetailDto = {
  id: string;
  teamId: string;
  name: string;
  domain: string | null;
  documents: { id: string; title: string; publishedAt: string | null }[];
  ratings: SourceRatingsDto;
  /** Newest first; others' changes only once the viewer may see their ratings. */
  history: SourceRatingEventDto[];
};

export async function getSource(options: { user: SessionUser; sourceId: string }): Promise<SourceDetailDto> {
  if (!isRecordId(options.sourceId)) throw notFound('That outlet');
  const source = await db.source.findUnique({
    where: { id: options.sourceId },
    select: { id: true, teamId: true, name: true, domain: true, documents: { select: { id: true, title: true, publishedAt: true }, orderBy: { createdAt: 'asc' } } },
  });
  if (!source) throw notFound('That outlet');
  const access = await requireTeamAccess({ user: options.user, teamId: source.teamId, need: 'read', what: 'That outlet' });
  const ratings = (await sourceRatingsFor({ sourceIds: [source.id], userId: options.user.id, isBlind: access.isBlind })).get(source.id) ?? EMPTY_SOURCE_RATINGS;
  const seesOthers = ratings.hiddenCount === 0;
  const events = await db.sourceRatingEvent.findMany({
    where: { sourceId: source.id, ...(seesOthers ? {} : { userId: options.user.id }) },
    select: { action: true, reliability: true, rationale: true, createdAt: true, user: { select: { id: true, name: true } } },
    orderBy: { createdAt: 'desc' },
    take: 200,
  });
  return {
    ...source,
    documents: source.documents.map((document) => ({ ...document, publishedAt: document.publishedAt?.toISOString().slice(0, 10) ?? null })),
    ratings,
    history: events.map((event) => ({ ...event, createdAt: event.createdAt.toISOString() })),
  };
}
