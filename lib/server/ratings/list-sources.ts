import 'server-only';
import { toAlphaUnits } from '@/lib/agreement/admiralty';
import { krippendorffAlpha, type AlphaResult } from '@/lib/agreement/krippendorff';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { seenRatings } from '@/lib/server/ratings/blind';
import { EMPTY_SOURCE_RATINGS, sourceRatingsFor, type SourceRatingsDto } from '@/lib/server/ratings/source-ratings';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';
import { teamPassageAlpha } from '@/lib/server/dashboard/agreement-figures';

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

/** GET /api/sources: the outlets, agreement on them, and agreement on passages across the whole team. */
export type SourcesListDto = { sources: SourceSummaryDto[]; agreement: SourcesAgreementDto; passageAgreement: SourcesAgreementDto; isBlind: boolean };

export async function listSources(options: { user: SessionUser; teamId: string }): Promise<SourcesListDto> {
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
    .map((source) => seenRatings(source.ratings).map((rating) => rating.reliability));
  const alpha = krippendorffAlpha(toAlphaUnits(visibleUnits), 'ordinal', { scale: [1, 2, 3, 4, 5] });
  const agreement = alpha.ok || alpha.reason !== 'too-few-pairable-values' ? alpha : { ...alpha, message: 'Agreement needs at least two outlets, each rated A–E by two or more analysts.' };
  const scope = access.isBlind ? 'rated-by-you' : 'all';
  const passageAgreement = await teamPassageAlpha(access.teamId, { userId: options.user.id, isBlind: access.isBlind });
  return { sources, agreement: { ...agreement, scope }, passageAgreement: { ...passageAgreement, scope }, isBlind: access.isBlind };
}
