// The Admiralty (NATO) code: source reliability A-F and information credibility 1-6, where F and 6
// mean "cannot be judged". Those are answers, not points on the scale: they are counted but never
// take part in a median, a spread or alpha. See docs/decisions/004-agreement.md.

/** Source reliability grades, most reliable first; F = cannot be judged. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** A source reliability grade. */
export type Reliability = (typeof RELIABILITY_GRADES)[number];

/** Information credibility grades, most credible first; 6 = cannot be judged. */
export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const;
/** An information credibility grade. */
export type Credibility = (typeof CREDIBILITY_GRADES)[number];

/** Either Admiralty grade. */
export type AdmiraltyGrade = Reliability | Credibility;

/** The wording of each reliability grade. */
export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

/** The wording of each credibility grade. */
export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/** True for 'A'…'F'. */
export function isReliability(value: unknown): value is Reliability {
  return typeof value === 'string' && (RELIABILITY_GRADES as readonly string[]).includes(value);
}

/** True for the integers 1…6. */
export function isCredibility(value: unknown): value is Credibility {
  return typeof value === 'number' && (CREDIBILITY_GRADES as readonly number[]).includes(value);
}

/** False for F and 6 ("cannot be judged"), true for every grade on the scale. */
export function isJudgeable(grade: AdmiraltyGrade): boolean {
  return grade !== 'F' && grade !== 6;
}

/** A→1 … E→5, the position on the ordinal scale; F → null (not on the scale). */
export function reliabilityToRank(grade: Reliability): number | null {
  return isJudgeable(grade) ? RELIABILITY_GRADES.indexOf(grade) + 1 : null;
}

/** 1→1 … 5→5; 6 → null (not on the scale). */
export function credibilityToRank(grade: Credibility): number | null {
  return isJudgeable(grade) ? grade : null;
}

/**
 * The consensus of an ordinal scale: the median of the judgeable ratings, with the range (low and
 * high by rank, so low is the most favourable grade) and spread = high rank − low rank.
 * F/6 are counted apart (cannotJudge) and in the distribution, keyed by grade ('A', '1', …).
 */
export type OrdinalSummary<G> = {
  count: number;
  judged: number;
  cannotJudge: number;
  median: G | null;
  low: G | null;
  high: G | null;
  spread: number | null;
  distribution: Record<string, number>;
};

/** Summary of passage credibility ratings (plain numbers, as stored). Throws RangeError off 1-6. */
export function summarizeCredibility(ratings: readonly number[]): OrdinalSummary<Credibility> {
  return summarize(ratings.map(checkedCredibility), CREDIBILITY_GRADES, credibilityToRank);
}

/**
 * The same summary as summarizeCredibility, from how many ratings each grade got (grades absent
 * count 0): what SQL hands back after a GROUP BY, without expanding it into one number per rating.
 */
export function summarizeCredibilityCounts(counts: Partial<Record<Credibility, number>>): OrdinalSummary<Credibility> {
  const distribution: Record<string, number> = Object.fromEntries(CREDIBILITY_GRADES.map((grade) => [String(grade), counts[grade] ?? 0]));
  for (const grade of CREDIBILITY_GRADES) {
    const count = counts[grade] ?? 0;
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Not a count: ${count}.`);
  }
  const judgedGrades = CREDIBILITY_GRADES.filter((grade) => isJudgeable(grade) && (counts[grade] ?? 0) > 0);
  const judged = judgedGrades.reduce((sum, grade) => sum + (counts[grade] ?? 0), 0);
  const count = CREDIBILITY_GRADES.reduce((sum, grade) => sum + (counts[grade] ?? 0), 0);
  // The lower median: the grade holding position ⌊(judged − 1) / 2⌋ of the judged ratings in rank order.
  let median: Credibility | null = null;
  let seen = 0;
  for (const grade of judgedGrades) {
    seen += counts[grade] ?? 0;
    if (seen > Math.floor((judged - 1) / 2)) {
      median = grade;
      break;
    }
  }
  const low = judgedGrades[0] ?? null;
  const high = judgedGrades.at(-1) ?? null;
  return { count, judged, cannotJudge: count - judged, median, low, high, spread: low === null || high === null ? null : high - low, distribution };
}

/** Summary of source reliability ratings. Throws RangeError for anything but A-F. */
export function summarizeReliability(ratings: readonly Reliability[]): OrdinalSummary<Reliability> {
  return summarize(ratings.map(checkedReliability), RELIABILITY_GRADES, reliabilityToRank);
}

/**
 * The median is the lower median: with an even count it is the lower-ranked (more favourable) of
 * the two middle grades, because the median of an ordinal scale must be a category — there is no
 * grade between B and C — and a fixed rule keeps it reproducible. The spread shows the split.
 */
function summarize<G extends AdmiraltyGrade>(ratings: readonly G[], grades: readonly G[], rankOf: (grade: G) => number | null): OrdinalSummary<G> {
  const distribution: Record<string, number> = Object.fromEntries(grades.map((grade) => [String(grade), 0]));
  const ranks: number[] = [];
  for (const rating of ratings) {
    distribution[String(rating)] = (distribution[String(rating)] ?? 0) + 1;
    const rank = rankOf(rating);
    if (rank !== null) ranks.push(rank);
  }
  ranks.sort((a, b) => a - b);
  const gradeAt = (index: number): G | null => {
    const rank = ranks[index];
    return rank === undefined ? null : (grades[rank - 1] ?? null);
  };
  const low = ranks[0];
  const high = ranks.at(-1);
  return {
    count: ratings.length,
    judged: ranks.length,
    cannotJudge: ratings.length - ranks.length,
    median: gradeAt(Math.floor((ranks.length - 1) / 2)),
    low: gradeAt(0),
    high: gradeAt(ranks.length - 1),
    spread: low === undefined || high === undefined ? null : high - low,
    distribution,
  };
}

/** "B3": outlet consensus + median passage credibility; '?' where there is none. */
export function admiraltyCode(reliability: Reliability | null, credibility: Credibility | null): string {
  return `${reliability ?? '?'}${credibility ?? '?'}`;
}

/**
 * Ratings ready for krippendorffAlpha (one row per unit): F and 6 dropped, A-E mapped to 1-5,
 * credibility 1-5 kept, null/undefined dropped. Rows stay in place, even when emptied, so row i
 * is still unit i. Throws RangeError for anything that is not an Admiralty grade.
 */
export function toAlphaUnits(ratingsByUnit: ReadonlyArray<ReadonlyArray<Reliability | number | null | undefined>>): number[][] {
  return ratingsByUnit.map((ratings) =>
    ratings.flatMap((rating) => {
      if (rating === null || rating === undefined) return [];
      const rank = isReliability(rating) ? reliabilityToRank(rating) : credibilityToRank(checkedCredibility(rating));
      return rank === null ? [] : [rank];
    }),
  );
}

function checkedReliability(value: unknown): Reliability {
  if (!isReliability(value)) throw new RangeError(`Not an Admiralty grade: ${String(value)}.`);
  return value;
}

/** Credibility arrives from the database as a plain number; anything off the scale is a bug upstream. */
export function checkedCredibility(value: unknown): Credibility {
  if (!isCredibility(value)) throw new RangeError(`Not an Admiralty grade: ${String(value)}.`);
  return value;
}
