// krippendorffAlpha against a direct, pair-by-pair reading of the definition on random data.
import { describe, it, expect } from 'vitest';
import { krippendorffAlpha, type Metric } from '@/lib/agreement/krippendorff';
import { createSeededRandom as seededRandom } from '@/tests/support/seeded-random';

const METRICS: Metric[] = ['nominal', 'ordinal', 'interval'];

/** Units × coders on 1..values, each rating missing with probability `missing`. */
function randomData(random: () => number, units: number, coders: number, values: number, missing: number) {
  return Array.from({ length: units }, () =>
    Array.from({ length: coders }, () => (random() < missing ? null : 1 + Math.floor(random() * values))),
  );
}

/**
 * Alpha without a coincidence matrix: D_o averages δ over the ordered pairs of values inside each
 * unit (weight 1/(m_u − 1)), D_e over all ordered pairs of pairable values. O(n²), for tests only.
 */
function referenceAlpha(data: ReadonlyArray<ReadonlyArray<number | null>>, metric: Metric): number {
  const units = data.map((unit) => unit.filter((value): value is number => value !== null)).filter((unit) => unit.length > 1);
  const pooled = units.flat();
  const n = pooled.length;
  const delta = (c: number, k: number): number => {
    if (c === k) return 0;
    if (metric === 'nominal') return 1;
    if (metric === 'interval') return (c - k) ** 2;
    const [low, high] = c < k ? [c, k] : [k, c];
    const between = pooled.filter((value) => value >= low && value <= high).length;
    const ends = pooled.filter((value) => value === low || value === high).length;
    return (between - ends / 2) ** 2;
  };
  const sumOverPairs = (values: readonly number[]) =>
    values.reduce((sum, c, i) => sum + values.reduce((inner, k, j) => inner + (i === j ? 0 : delta(c, k)), 0), 0);
  const observed = units.reduce((sum, unit) => sum + sumOverPairs(unit) / (unit.length - 1), 0) / n;
  const expected = sumOverPairs(pooled) / (n * (n - 1));
  return 1 - observed / expected;
}

describe('krippendorffAlpha against the pairwise definition', () => {
  it.each(METRICS)('agrees on 40 random data sets with missing ratings (%s)', (metric) => {
    const random = seededRandom(2011);
    let computed = 0;
    for (let trial = 0; trial < 40; trial++) {
      const data = randomData(random, 3 + Math.floor(random() * 25), 2 + Math.floor(random() * 5), 2 + Math.floor(random() * 5), random() * 0.5);
      const result = krippendorffAlpha(data, metric);
      if (result.ok) expect(result.alpha).toBeCloseTo(referenceAlpha(data, metric), 10);
      else expect(['too-few-pairable-values', 'no-variation']).toContain(result.reason);
      if (result.ok) computed++;
    }
    expect(computed).toBeGreaterThan(35); // the comparison is not vacuous
  });

  it.each(METRICS)('does not depend on the order of units or of ratings within a unit (%s)', (metric) => {
    const random = seededRandom(7);
    const data = randomData(random, 30, 4, 5, 0.2);
    const shuffled = [...data].reverse().map((unit) => [...unit].sort(() => random() - 0.5));
    const alpha = krippendorffAlpha(data, metric);
    const alphaShuffled = krippendorffAlpha(shuffled, metric);
    if (!alpha.ok || !alphaShuffled.ok) throw new Error('expected alpha');
    expect(alphaShuffled.alpha).toBeCloseTo(alpha.alpha, 12);
  });

  it('handles 10,000 units and a unit rated 2,000 times', () => {
    const random = seededRandom(42);
    const data = [...randomData(random, 10_000, 4, 5, 0.3), randomData(random, 1, 2_000, 5, 0)[0] ?? []];
    for (const metric of METRICS) {
      const result = krippendorffAlpha(data, metric);
      if (!result.ok) throw new Error(result.message);
      // Independent random ratings: alpha hovers around 0.
      expect(Math.abs(result.alpha)).toBeLessThan(0.05);
    }
  });
});
