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

  const { coincidences, marginals } = coincidenceMatrix(pairable, indexOf, scale.length);
  if (marginals.filter((count) => count > 0).length < 2) return failure('no-variation', counts);

  const delta = differenceFunction(metric, scale, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < scale.length; c++) {
    for (let k = c + 1; k < scale.length; k++) {
      // δ is symmetric and δ_cc = 0, so each unordered pair counts twice and the diagonal not at all.
      const d = delta(c, k);
      observed += 2 * at(coincidences, c * scale.length + k) * d;
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

/**
 * o_ck (row-major, V × V) and n_c = Σ_k o_ck. Each unit of m values contributes every ordered
 * pair of its values with weight 1/(m − 1), so each pairable value counts exactly once in n_c.
 */
function coincidenceMatrix(units: ReadonlyArray<readonly number[]>, indexOf: ReadonlyMap<number, number>, size: number) {
  const coincidences = new Array<number>(size * size).fill(0);
  const marginals = new Array<number>(size).fill(0);
  for (const values of units) {
    // Counting per category keeps a unit O(m + V²_present) instead of O(m²) pairs.
    const perCategory = new Map<number, number>();
    for (const value of values) {
      const index = indexOf.get(value) ?? 0;
      perCategory.set(index, (perCategory.get(index) ?? 0) + 1);
    }
    const weight = 1 / (values.length - 1);
    for (const [c, countC] of perCategory) {
      marginals[c] = at(marginals, c) + countC;
      for (const [k, countK] of perCategory) {
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        coincidences[c * size + k] = at(coincidences, c * size + k) + pairs * weight;
      }
    }
  }
  return { coincidences, marginals };
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
