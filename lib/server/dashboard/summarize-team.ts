import 'server-only';
import type { AlphaResult } from '@/lib/agreement/krippendorff';
import type { SessionUser } from '@/lib/auth/session';
import type { AgreementCell, TeamSummary } from '@/lib/server/dashboard/summary-types';
import { countTeamRows, countTeamThemes, countTeamTotals } from '@/lib/server/dashboard/team-figures';
import { getDocumentAgreement } from '@/lib/server/ratings/document-agreement';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** Ordinal alpha reduced to a table cell: the figure, or why there is none. */
export function toAgreementCell(result: AlphaResult): AgreementCell {
  return result.ok ? { alpha: result.alpha, reason: null, message: null } : { alpha: null, reason: result.reason, message: result.message };
}

/**
 * The team overview: a row per article, the team's totals and its theme counts. Everything is
 * grouped by document in SQL except the Admiralty code and alpha, which getDocumentAgreement
 * computes per article (blind rule included).
 */
export async function summarizeTeam(options: { user: SessionUser; teamId: string }): Promise<TeamSummary> {
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const viewer = { userId: options.user.id, isBlind: access.isBlind };
  const [counts, totals, themes] = await Promise.all([countTeamRows(access.teamId, viewer), countTeamTotals(access.teamId), countTeamThemes(access.teamId)]);
  // N+1: one getDocumentAgreement (a few queries, every rating of the article loaded into JS) per
  // article. Fine for a desk's few dozen articles; the performance issue moves it into SQL.
  // Sequential, so a large team does not take the whole connection pool at once.
  const rows: TeamSummary['rows'] = [];
  for (const row of counts) {
    const { admiralty, agreement } = await getDocumentAgreement({ user: options.user, documentId: row.documentId });
    rows.push({ ...row, admiralty: admiralty.code, agreement: toAgreementCell(agreement.ordinal) });
  }
  return { teamId: access.teamId, scope: viewer.isBlind ? 'rated-by-you' : 'all', rows, totals, themes };
}
