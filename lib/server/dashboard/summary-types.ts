// The shapes of GET /api/documents/:id/summary and GET /api/teams/:id/summary.
// Every list has a fixed order (stated on its type) so the UI and the tests can rely on it; text
// ties are broken in byte order (COLLATE "C"), never by the database's locale.
import type { AlphaFailure } from '@/lib/agreement/krippendorff';
import type { DocumentAgreementDto } from '@/lib/server/ratings/document-agreement';

/** Whose ratings a figure rests on: everyone's, or (blind team) only passages the viewer has rated. */
export type RatingScope = 'all' | 'rated-by-you';

/** A count per credibility grade, keyed '1'…'6' (zeros included; 6 = cannot be judged). */
export type CredibilityCounts = Record<'1' | '2' | '3' | '4' | '5' | '6', number>;

/** The article's headline figures. */
export type SummaryHeadline = {
  highlights: number;
  /** Distinct authors of highlights. */
  analysts: number;
  /** Distinct themes on the article's highlights. */
  themesUsed: number;
  /** Passages (highlights) with at least one rating by anyone: a count, which the blind rule does not hide. */
  ratedPassages: number;
  /** ISO time of the latest highlight or rating change, or null when nothing happened yet. */
  lastActivity: string | null;
  admiralty: DocumentAgreementDto['admiralty'];
  agreement: DocumentAgreementDto['agreement'];
};

/** Highlights carrying one theme. Ordered by count desc, then name, then id. */
export type ThemeCount = { tagId: string; name: string; color: string; count: number };

/** One analyst's highlights carrying one theme. Ordered by tagId, then count desc, then userId. */
export type ThemeAnalystCount = { tagId: string; userId: string; name: string; count: number };

/** One analyst's visible ratings by grade. Ordered by name, then userId. */
export type AnalystDistribution = { userId: string; name: string; total: number; counts: CredibilityCounts };

/** The credibility ratings the viewer may see, by grade, overall and per analyst. */
export type CredibilityDistribution = { scope: RatingScope; total: number; counts: CredibilityCounts; byAnalyst: AnalystDistribution[] };

/** One band of the density strip: [start, end) in code points, highlights overlapping it, its dominant theme. */
export type DensityBin = { bin: number; start: number; end: number; count: number; tagId: string | null };

/** One analyst's visible rating in a contested passage. Ordered by credibility, then name, then userId. */
export type ContestedRating = { userId: string; name: string; credibility: number };

/** A passage whose judgeable (1-5) ratings are spread apart. Ordered by spread desc, raters desc, start, annotationId. */
export type ContestedPassage = { annotationId: string; exact: string; start: number; end: number; spread: number; ratings: ContestedRating[] };

/** An analyst named in a summary. Ordered by name, then userId. */
export type AnalystRef = { userId: string; name: string };

/** A span highlighted with one theme, with how often and by whom. Ordered by tagId, then count desc, start, end. */
export type TopExcerpt = { tagId: string; start: number; end: number; exact: string; count: number; analysts: AnalystRef[] };

/** Highlights created and ratings first given on one UTC day. Ordered by day; days without activity are left out. */
export type ActivityDay = { day: string; highlights: number; ratings: number };

/** GET /api/documents/:id/summary: everything the per-article dashboard shows. */
export type DocumentSummary = {
  document: { id: string; teamId: string; title: string; outlet: string | null; length: number };
  headline: SummaryHeadline;
  themes: ThemeCount[];
  themesByAnalyst: ThemeAnalystCount[];
  untagged: number;
  credibility: CredibilityDistribution;
  density: DensityBin[];
  contested: ContestedPassage[];
  topExcerpts: TopExcerpt[];
  activity: ActivityDay[];
};

/** Agreement on an article's passages, reduced for a table cell: alpha, or why there is none. */
export type AgreementCell = { alpha: number; reason: null; message: null } | { alpha: null; reason: AlphaFailure; message: string };

/** One article in the team overview. Ordered by title, then documentId. */
export type TeamSummaryRow = {
  documentId: string;
  title: string;
  outlet: string | null;
  highlights: number;
  analysts: number;
  /** Names of the (at most) three themes on most highlights: count desc, then name, then id. */
  topThemes: string[];
  admiralty: string;
  agreement: AgreementCell;
  /** Visible passages whose judgeable ratings spread by 2 grades or more. */
  contestedCount: number;
  lastActivity: string | null;
};

/** GET /api/teams/:id/summary: the team overview. */
export type TeamSummary = {
  teamId: string;
  scope: RatingScope;
  rows: TeamSummaryRow[];
  /** `analysts`: distinct highlight authors; `ratings`: current passage ratings by anyone (a count, not values). */
  totals: { articles: number; highlights: number; analysts: number; ratings: number };
  themes: ThemeCount[];
};
