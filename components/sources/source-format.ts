import { RELIABILITY_LABELS, type OrdinalSummary, type Reliability } from '@/lib/agreement/admiralty';
import type { AlphaResult } from '@/lib/agreement/krippendorff';
import { formatCount } from '@/lib/format';

/** "B — Usually reliable". */
export function gradeLabel(grade: Reliability): string {
  return `${grade} — ${RELIABILITY_LABELS[grade]}`;
}

/** The blind rule's notice: "3 ratings hidden until you rate" (viewers, who cannot rate, are told why instead). */
export function hiddenLabel(hiddenCount: number, canRate = true): string {
  return `${formatCount(hiddenCount, 'rating')} hidden ${canRate ? 'until you rate' : 'while the team rates blind first'}`;
}

/** The consensus grade, or why there is none (every analyst answered F). */
export function consensusLabel(summary: OrdinalSummary<Reliability>): string {
  return summary.median ? gradeLabel(summary.median) : 'None: every rating is F (cannot be judged)';
}

/** "A–C", or the one grade when everyone agrees; null when nothing judgeable was given. */
export function spreadLabel(summary: OrdinalSummary<Reliability>): string | null {
  if (!summary.low || !summary.high) return null;
  return summary.low === summary.high ? `${summary.low} (all agree)` : `${summary.low}–${summary.high}`;
}

/** "3 analysts rated it, 1 cannot judge (F)". */
export function raterCountLabel(summary: OrdinalSummary<Reliability>): string {
  const rated = `${formatCount(summary.count, 'analyst')} rated it`;
  return summary.cannotJudge > 0 ? `${rated}, ${summary.cannotJudge} cannot judge (F)` : rated;
}

/** "α = 0.62 (ordinal)", or the reason it cannot be computed (never a misleading 0). */
export function alphaLabel(agreement: AlphaResult): string {
  return agreement.ok ? `α = ${agreement.alpha.toFixed(2).replace('-', '−')} (ordinal)` : agreement.message;
}

const DATE_TIME = { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const LOCAL = new Intl.DateTimeFormat('en-GB', DATE_TIME);
const UTC = new Intl.DateTimeFormat('en-GB', { ...DATE_TIME, timeZone: 'UTC' });

/** "24 Nov 2026 15:02" in the reader's time zone, or in UTC (marked) where that is unknown (the server). */
export function formatDateTime(iso: string, isLocal: boolean): string {
  const parts = (isLocal ? LOCAL : UTC).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const text = `${part('day')} ${part('month')} ${part('year')} ${part('hour')}:${part('minute')}`;
  return isLocal ? text : `${text} UTC`;
}
