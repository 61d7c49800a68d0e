import 'server-only';
import { toAlphaUnits } from '@/lib/agreement/admiralty';
import { krippendorffAlpha, type AlphaResult } from '@/lib/agreement/krippendorff';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { EMPTY_SOURCE_RATINGS, sourceRatingsFor, type SourceRatingsDto } from '@/lib/server/ratings/source-ratings';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** An outlet on the sources page. */
export type SourceSummaryDto = {
  id: string;
  name: string;
  domain: string | null;
  documents: { id: string; title: string }[];
  ratings: SourceRatingsDto;
};

/** Agreement between analysts on the outlets whose ratings the viewer may see. */
export type SourcesAgreementDto = AlphaResult & { scope: 'all' | 'rated-by-you' };

export async function listSources(options: { user: SessionUser; teamId: string }): Promise<{ sources: SourceSummaryDto[]; agreement: SourcesAgreementDto; isBlind: boolean }> {
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const rows = await db.source.findMany({
    where: { teamId: access.teamId },
    select: { id: true, name: true, domain: true, documents: { select: { id: true, title: true }, orderBy: { createdAt: 'asc' } } },
    orderBy: { name: 'asc' },
  });
  const ratings = await sourceRatingsFor({ sourceIds: rows.map((row) => row.id), userId: options.user.id, isBlind: access.isBlind });
  const sources = rows.map((row) => ({ ...row, ratings: ratings.get(row.id) ?? EMPTY_SOURCE_RATINGS }));
  const visibleUnits = sources
    .filter((source) => source.ratings.hiddenCount === 0)
    .map((source) => [...(source.ratings.mine ? [source.ratings.mine] : []), ...source.ratings.others].map((rating) => rating.reliability));
  const alpha = krippendorffAlpha(toAlphaUnits(visibleUnits), 'ordinal', { scale: [1, 2, 3, 4, 5] });
  const agreement = alpha.ok || alpha.reason !== 'too-few-pairable-values' ? alpha : { ...alpha, message: 'Agreement needs at least two analysts rating the same outlet (A–E).' };
  return { sources, agreement: { ...agreement, scope: access.isBlind ? 'rated-by-you' : 'all' }, isBlind: access.isBlind };
}
