import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { foldTallies } from '@/lib/server/dashboard/article-tallies';
import { countCredibility, listContested } from '@/lib/server/dashboard/credibility-figures';
import { documentAgreement } from '@/lib/server/dashboard/agreement-figures';
import { computeDensity, DEFAULT_DENSITY_BINS } from '@/lib/server/dashboard/density-figures';
import { countHighlights, laterTime, listActivity } from '@/lib/server/dashboard/headline-figures';
import { cached, summaryStamps } from '@/lib/server/dashboard/summary-cache';
import type { DocumentSummary } from '@/lib/server/dashboard/summary-types';
import { countThemes, listTopExcerpts } from '@/lib/server/dashboard/theme-figures';
import { requireTeamAccess } from '@/lib/server/teams/require-team-access';

/**
 * Everything the per-article dashboard shows, aggregated in SQL (the Admiralty summary and alpha
 * too: agreement-figures gives getDocumentAgreement's figures from per-passage counts), and kept in summary-cache
 * until the article's stamp changes. Any member of the article's team may read it; for anyone
 * else the article does not exist.
 */
export async function summarizeDocument(options: { user: SessionUser; documentId: string; bins?: number }): Promise<DocumentSummary> {
  const document = await db.document.findUnique({
    where: { id: options.documentId },
    select: { id: true, teamId: true, title: true, length: true, source: { select: { id: true, name: true } } },
  });
  if (!document) throw notFound('That article');
  const access = await requireTeamAccess({ user: options.user, teamId: document.teamId, need: 'read', what: 'That article' });
  const viewer = { userId: options.user.id, isBlind: access.isBlind };
  const bins = options.bins ?? DEFAULT_DENSITY_BINS;
  const stamp = (await summaryStamps({ documentId: document.id })).get(document.id);
  const compute = async () => {
    // The article's tallies take in the writes since the last fold (docs/decisions/013).
    await foldTallies([document.id]);
    return Promise.all([
      documentAgreement(document, viewer),
      countHighlights(document.id),
      countThemes(document.id),
      countCredibility(document.id, viewer),
      computeDensity(document.id, document.length, bins),
      listContested(document.id, viewer),
      listTopExcerpts(document.id),
      listActivity(document.id),
    ]);
  };
  // The figures are per viewer (blind rule, their own outlet rating), per stamp and per bins.
  const [ratings, counts, themes, credibility, density, contested, topExcerpts, activity] = await cached(
    `document ${document.id} ${stamp} ${viewer.userId} ${viewer.isBlind} ${document.length} ${bins}`,
    compute,
  );
  const { untagged, highlights, analysts, lastChange } = counts;
  const { source, ...rest } = document;
  return {
    document: { ...rest, outlet: source?.name ?? null },
    headline: {
      highlights,
      analysts,
      themesUsed: themes.themes.length,
      ratedPassages: ratings.ratedPassages,
      lastActivity: laterTime(lastChange, ratings.lastRated),
      admiralty: ratings.admiralty,
      agreement: ratings.agreement,
    },
    ...themes,
    untagged,
    credibility,
    density,
    contested,
    topExcerpts,
    activity,
  };
}
