import 'server-only';
import { createHash } from 'node:crypto';
import type { AlphaResult } from '@/lib/agreement/krippendorff';
import type { SessionUser } from '@/lib/auth/session';
import { foldTeamTallies } from '@/lib/server/dashboard/article-tallies';
import { teamAgreements } from '@/lib/server/dashboard/agreement-figures';
import { cached, summaryStamps } from '@/lib/server/dashboard/summary-cache';
import type { AgreementCell, TeamSummary } from '@/lib/server/dashboard/summary-types';
import { countTeamRows, countTeamThemes, countTeamTotals } from '@/lib/server/dashboard/team-figures';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/** Ordinal alpha reduced to a table cell: the figure, or why there is none. */
export function toAgreementCell(result: AlphaResult): AgreementCell {
  return result.ok ? { alpha: result.alpha, reason: null, message: null } : { alpha: null, reason: result.reason, message: result.message };
}

/**
 * The team overview: a row per article, the team's totals and its theme counts, from the
 * articles' tallies (the Admiralty code and alpha from their rating profiles, blind rule
 * included), grouped by document in SQL. Cached while no article's stamp changes.
 */
export async function summarizeTeam(options: { user: SessionUser; teamId: string }): Promise<TeamSummary> {
  const access = await requireTeamAccess({ user: options.user, teamId: options.teamId, need: 'read', what: 'That team' });
  const viewer = { userId: options.user.id, isBlind: access.isBlind };
  const stamps = await summaryStamps({ teamId: access.teamId });
  const teamStamp = createHash('sha256').update([...stamps].sort(([a], [b]) => (a < b ? -1 : 1)).join('\n')).digest('base64url');
  return cached(`team ${access.teamId} ${teamStamp} ${viewer.userId} ${viewer.isBlind}`, () => computeTeamSummary(access.teamId, viewer));
}

async function computeTeamSummary(teamId: string, viewer: { userId: string; isBlind: boolean }): Promise<TeamSummary> {
  // The articles' tallies take in the writes since their last fold (docs/decisions/013).
  await foldTeamTallies(teamId);
  const [counts, totals, themes, agreements] = await Promise.all([countTeamRows(teamId, viewer), countTeamTotals(teamId), countTeamThemes(teamId), teamAgreements(teamId, viewer)]);
  const rows: TeamSummary['rows'] = counts.map((row) => {
    const { admiralty, agreement } = agreements.get(row.documentId)!;
    return { ...row, admiralty: admiralty.code, agreement: toAgreementCell(agreement.ordinal) };
  });
  return { teamId, scope: viewer.isBlind ? 'rated-by-you' : 'all', rows, totals, themes };
}
