import 'server-only';
import { createHash } from 'node:crypto';
import type { AlphaResult } from '@/lib/agreement/krippendorff';
import type { SessionUser } from '@/lib/auth/session';
import { cached, summaryStamps } from '@/lib/server/dashboard/summary-cache';
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
 * computes per article (blind rule included). Cached while no article's stamp changes.
 */
export async function summarizeTeam(options: { user: SessionUser; teamId: string }): Promise<TeamSummary> {
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const viewer = { userId: options.user.id, isBlind: access.isBlind };
  const stamps = await summaryStamps({ teamId: access.teamId });
  const teamStamp = createHash('sha256').update([...stamps].sort(([a], [b]) => (a < b ? -1 : 1)).join('\n')).digest('base64url');
  return cached(`team ${access.teamId} ${teamStamp} ${viewer.userId} ${viewer.isBlind}`, () => computeTeamSummary(options.user, access.teamId, viewer, stamps));
}

async function computeTeamSummary(user: SessionUser, teamId: string, viewer: { userId: string; isBlind: boolean }, stamps: Map<string, string>): Promise<TeamSummary> {
  const [counts, totals, themes] = await Promise.all([countTeamRows(teamId, viewer), countTeamTotals(teamId), countTeamThemes(teamId)]);
  // Still one getDocumentAgreement per article (every rating of it loaded into JS) when its stamp
  // changed, but each is cached with the article's stamp, shared with the article summary's.
  // Sequential, so a large team does not take the whole connection pool at once.
  const rows: TeamSummary['rows'] = [];
  for (const row of counts) {
    const key = `agreement ${row.documentId} ${stamps.get(row.documentId)} ${viewer.userId} ${viewer.isBlind}`;
    const { admiralty, agreement } = await cached(key, () => getDocumentAgreement({ user, documentId: row.documentId }));
    rows.push({ ...row, admiralty: admiralty.code, agreement: toAgreementCell(agreement.ordinal) });
  }
  return { teamId, scope: viewer.isBlind ? 'rated-by-you' : 'all', rows, totals, themes };
}
