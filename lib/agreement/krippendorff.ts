// Krippendorff's alpha by the coincidence-matrix method of Krippendorff (2011), "Computing
// Krippendorff's Alpha-Reliability". Why alpha: it takes any number of coders, tolerates missing
// ratings, and has an ordinal metric, which is what the Admiralty scales are.
// See docs/decisions/004-agreement.md.

/**
 * Reliability data, one row per unit (a rated passage or source), holding the values that unit
 * received from whichever coders rated it. null/undefined (not rated) are skipped, so a
 * units × coders matrix with gaps and a ragged list of values per unit are both accepted.
 */
export type ReliabilityData = ReadonlyArray<ReadonlyArray<number | null | undefined>>;

/** How far apart two values are: categories only, rank order, or numeric distance. */
export type Metric = 'nominal' | 'ordinal' | 'interval';

/** Options of krippendorffAlpha. */
export type AlphaOptions = {
  /** Every value allowed, in scale order (the ordinal metric's order); default: the distinct values, sorted. */
  scale?: readonly number[];
};

/** Why alpha cannot be computed. */
export type AlphaFailure = 'too-few-pairable-values' | 'no-variation';

/** Counts shared by both outcomes: `units` given, `pairableUnits` with ≥ 2 values, `pairableValues` (n) in those. */
export type AlphaCounts = { units: number; pairableUnits: number; pairableValues: number };

/** Alpha with its observed and expected disagreement, or why it cannot be computed. */
export type AlphaResult =
  | (AlphaCounts & { ok: true; alpha: number; observedDisagreement: number; expectedDisagreement: number })
  | (AlphaCounts & { ok: false; reason: AlphaFailure; message: string });

const MESSAGES: Record<AlphaFailure, string> = {
  'too-few-pairable-values': 'Agreement needs at least two passages, each rated by two or more analysts.',
  'no-variation': 'Every rating is the same, so agreement cannot be told from chance.',
};

/**
 * Krippendorff's alpha = 1 − D_o / D_e: 1 is perfect agreement, 0 is what chance gives, below 0
 * is systematic disagreement. Units with fewer than two values cannot be paired and are ignored.
 * Not computed (ok: false) when fewer than two units have two values, or when every pairable value is the same
 * (D_e = 0: no variation to agree on). Throws RangeError for a non-finite value, a value not on
 * `options.scale`, or a scale with repeated values.
 */
export function krippendorffAlpha(data: ReliabilityData, metric: Metric, options: AlphaOptions = {}): AlphaResult {
  const units = data.map((row) => row.filter((value): value is number => value !== null && value !== undefined));
  const pairable = units.filter((values) => values.length >= 2);
  const n = pairable.reduce((total, values) => total + values.length, 0);
  const counts: AlphaCounts = { units: data.length, pairableUnits: pairable.length, pairableValues: n };
  const scale = options.scale ? checkedScale(options.scale) : distinctSorted(units);
  const indexOf = new Map(scale.map((value, index) => [value, index]));
  for (const value of units.flat()) {
    if (!Number.isFinite(value)) throw new RangeError(`krippendorffAlpha: ${value} is not a finite number.`);
    if (!indexOf.has(value)) throw new RangeError(`krippendorffAlpha: ${value} is not on the scale.`);
  }
  // With one pairable unit D_o = D_e by construction (alpha is 0 whatever the ratings): not a measurement.
  if (pairable.length < 2) return failure('too-few-pairable-values', counts);

  return alphaFromTally(tallyUnits(pairable, indexOf, scale.length, data.length), metric, scale);
}

/**
 * Reliability data reduced to what alpha needs, all integers, so it can be summed anywhere (SQL
 * GROUP BY included) in any order: for each unit size m ≥ 2, how many units had m values and, per
 * cell (c, k) of the scale (row-major V × V), the ordered pairs of values those units held:
 * n_c·n_k for c ≠ k and n_c·(n_c − 1) on the diagonal, n_c being a unit's count of scale value c.
 */
export type CoincidenceTally = {
  /** Every unit given, pairable or not. */
  units: number;
  bySize: ReadonlyArray<{ size: number; units: number; pairs: readonly number[] }>;
};

/** The tally of units (each a list of scale indexes' values) whose values are all on the scale. */
function tallyUnits(pairable: ReadonlyArray<readonly number[]>, indexOf: ReadonlyMap<number, number>, size: number, units: number): CoincidenceTally {
  const bySize = new Map<number, { size: number; units: number; pairs: number[] }>();
  for (const values of pairable) {
    // Counting per category keeps a unit O(m + V²_present) instead of O(m²) pairs.
    const perCategory = new Map<number, number>();
    for (const value of values) {
      const index = indexOf.get(value) ?? 0;
      perCategory.set(index, (perCategory.get(index) ?? 0) + 1);
    }
    const entry = bySize.get(values.length) ?? { size: values.length, units: 0, pairs: new Array<number>(size * size).fill(0) };
    entry.units += 1;
    for (const [c, countC] of perCategory) {
      for (const [k, countK] of perCategory) {
        entry.pairs[c * size + k] = at(entry.pairs, c * size + k) + (c === k ? countC * (countC - 1) : countC * countK);
      }
    }
    bySize.set(values.length, entry);
  }
  return { units, bySize: [...bySize.values()] };
}

/**
 * Alpha from a tally over `scale` (the cells of `tally.bySize[].pairs` are indexes of `scale`).
 * o_ck = Σ_m P_ck(m) / (m − 1), summed by ascending m: the pair counts are exact integers, so the
 * result does not depend on the order of the units, in TypeScript or in SQL.
 */
export function alphaFromTally(tally: CoincidenceTally, metric: Metric, scale: readonly number[]): AlphaResult {
  const size = scale.length;
  const groups = [...tally.bySize].filter((group) => group.size >= 2 && group.units > 0).sort((a, b) => a.size - b.size);
  const pairableUnits = groups.reduce((total, group) => total + group.units, 0);
  const n = groups.reduce((total, group) => total + group.units * group.size, 0);
  const counts: AlphaCounts = { units: tally.units, pairableUnits, pairableValues: n };
  if (pairableUnits < 2) return failure('too-few-pairable-values', counts);

  const coincidences = new Array<number>(size * size).fill(0);
  const marginals = new Array<number>(size).fill(0);
  for (const group of groups) {
    for (let c = 0; c < size; c++) {
      // Σ_k pairs_ck = n_c·(m − 1) per unit: the marginal is an exact integer.
      let row = 0;
      for (let k = 0; k < size; k++) {
        const pairs = at(group.pairs, c * size + k);
        row += pairs;
        coincidences[c * size + k] = at(coincidences, c * size + k) + pairs / (group.size - 1);
      }
      marginals[c] = at(marginals, c) + row / (group.size - 1);
    }
  }
  if (marginals.filter((count) => count > 0).length < 2) return failure('no-variation', counts);

  const delta = differenceFunction(metric, scale, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = c + 1; k < size; k++) {
      // δ is symmetric and δ_cc = 0, so each unordered pair counts twice and the diagonal not at all.
      const d = delta(c, k);
      observed += 2 * at(coincidences, c * size + k) * d;
      expected += 2 * at(marginals, c) * at(marginals, k) * d;
    }
  }
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  const alpha = 1 - observedDisagreement / expectedDisagreement;
  return { ok: true, alpha, observedDisagreement, expectedDisagreement, ...counts };
}

function failure(reason: AlphaFailure, counts: AlphaCounts): AlphaResult {
  return { ok: false, reason, message: MESSAGES[reason], ...counts };
}

/** δ²_ck between the categories at indexes c < k of the scale. */
function differenceFunction(metric: Metric, scale: readonly number[], marginals: readonly number[]) {
  if (metric === 'nominal') return () => 1;
  if (metric === 'interval') return (c: number, k: number) => (at(scale, c) - at(scale, k)) ** 2;
  // Ordinal: distance in the ranks of the pooled values, so it depends on how often each value
  // was used, not on the numbers: (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
  let running = 0;
  const cumulative = marginals.map((count) => (running += count));
  return (c: number, k: number) => {
    const between = at(cumulative, k) - (c === 0 ? 0 : at(cumulative, c - 1));
    return (between - (at(marginals, c) + at(marginals, k)) / 2) ** 2;
  };
}

function checkedScale(scale: readonly number[]): readonly number[] {
  if (new Set(scale).size !== scale.length) throw new RangeError('krippendorffAlpha: the scale repeats a value.');
  return scale;
}

function distinctSorted(units: ReadonlyArray<readonly number[]>): number[] {
  return [...new Set(units.flat())].sort((a, b) => a - b);
}

/** Indexes here are always in range; this keeps noUncheckedIndexedAccess honest without `!`. */
function at(values: readonly number[], index: number): number {
  const value = values[index];
  if (value === undefined) throw new Error(`krippendorffAlpha: internal index ${index} out of range.`);
  return value;
}
