import 'server-only';
import { admiraltyCode, summarizeCredibility, toAlphaUnits, type Credibility, type OrdinalSummary, type Reliability } from '@/lib/agreement/admiralty';
import { krippendorffAlpha, type AlphaResult } from '@/lib/agreement/krippendorff';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { seenRatings } from '@/lib/server/ratings/blind';
import { passageRatingsFor } from '@/lib/server/ratings/passage-ratings';
import { EMPTY_SOURCE_RATINGS, sourceRatingsFor, type SourceRatingsDto } from '@/lib/server/ratings/source-ratings';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** GET /api/documents/:id/agreement: the article's Admiralty summary and agreement on its passages. */
export type DocumentAgreementDto = {
  admiralty: {
    code: string;
    outlet: { id: string; name: string; ratings: SourceRatingsDto } | null;
    /** The median of the rated passages' own medians; each passage counts once. */
    credibility: OrdinalSummary<Credibility> & { passagesRated: number; ratings: number; hiddenPassages: number };
  };
  agreement: { ordinal: AlphaResult; nominal: AlphaResult; interval: AlphaResult; scope: 'all' | 'rated-by-you' };
};

export async function getDocumentAgreement(options: { user: SessionUser; documentId: string }): Promise<DocumentAgreementDto> {
  const document = await db.document.findUnique({ where: { id: options.documentId }, select: { id: true, teamId: true, source: { select: { id: true, name: true } } } });
  if (!document) throw notFound('That article');
  const access = await requireTeamAccess({ user: options.user, teamId: document.teamId, need: 'read', what: 'That article' });
  const viewer = { userId: options.user.id, isBlind: access.isBlind };
  const [passages, outletRatings] = await Promise.all([
    passageRatingsFor({ annotationIds: { documentId: document.id }, ...viewer }),
    document.source ? sourceRatingsFor({ sourceIds: [document.source.id], ...viewer }) : Promise.resolve(new Map<string, SourceRatingsDto>()),
  ]);
  const visible = [...passages.values()].filter((view) => view.hiddenCount === 0);
  const units = visible.map((view) => seenRatings(view).map((rating) => rating.credibility));
  const medians = visible.map((view) => view.summary?.median).filter((median): median is Credibility => median != null);
  const credibility = summarizeCredibility(medians);
  const outlet = document.source ? { ...document.source, ratings: outletRatings.get(document.source.id) ?? EMPTY_SOURCE_RATINGS } : null;
  const alphaUnits = toAlphaUnits(units);
  const alpha = (metric: 'ordinal' | 'nominal' | 'interval') => krippendorffAlpha(alphaUnits, metric, metric === 'ordinal' ? { scale: [1, 2, 3, 4, 5] } : undefined);
  return {
    admiralty: {
      code: admiraltyCode((outlet?.ratings.summary?.median ?? null) as Reliability | null, credibility.median),
      outlet,
      credibility: { ...credibility, passagesRated: medians.length, ratings: units.reduce((sum, unit) => sum + unit.length, 0), hiddenPassages: passages.size - visible.length },
    },
    agreement: { ordinal: alpha('ordinal'), nominal: alpha('nominal'), interval: alpha('interval'), scope: access.isBlind ? 'rated-by-you' : 'all' },
  };
}
