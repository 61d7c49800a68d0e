// alphaFromTally (the integer tally SQL sums) against krippendorffAlpha on the units themselves,
// and summarizeCredibilityCounts against summarizeCredibility: the dashboard's figures must be
// bit-identical to the reference computation whatever the order of the rows.
import { describe, it, expect } from 'vitest';
import { summarizeCredibility, summarizeCredibilityCounts, type Credibility } from '@/lib/agreement/admiralty';
import { alphaFromTally, krippendorffAlpha, type CoincidenceTally, type Metric } from '@/lib/agreement/krippendorff';
import { createSeededRandom as seededRandom } from '@/tests/support/seeded-random';

const METRICS: Metric[] = ['nominal', 'ordinal', 'interval'];
const SCALE = [1, 2, 3, 4, 5];

/** Ragged units of 0..maxRaters values on 1..5, the way passages collect ratings. */
function randomUnits(random: () => number, units: number, maxRaters: number): number[][] {
  return Array.from({ length: units }, () => Array.from({ length: Math.floor(random() * (maxRaters + 1)) }, () => 1 + Math.floor(random() * 5)));
}

/** The tally as the SQL builds it: per unit its grade counts, then sums per unit size, in any order. */
function tallyLikeSql(units: number[][]): CoincidenceTally {
  const bySize = new Map<number, { size: number; units: number; pairs: number[] }>();
  for (const unit of units) {
    if (unit.length < 2) continue;
    const counts = SCALE.map((grade) => unit.filter((value) => value === grade).length);
    const group = bySize.get(unit.length) ?? { size: unit.length, units: 0, pairs: new Array<number>(25).fill(0) };
    group.units += 1;
    counts.forEach((c, i) => counts.forEach((k, j) => (group.pairs[i * 5 + j] = group.pairs[i * 5 + j]! + (i === j ? c * (c - 1) : c * k))));
    bySize.set(unit.length, group);
  }
  return { units: units.length, bySize: [...bySize.values()].reverse() };
}

describe('alphaFromTally', () => {
  it.each(METRICS)('gives exactly krippendorffAlpha on random ragged units (%s)', (metric) => {
    const random = seededRandom(2026);
    for (let round = 0; round < 50; round++) {
      const units = randomUnits(random, 1 + Math.floor(random() * 60), 1 + Math.floor(random() * 8));
      const options = metric === 'ordinal' ? { scale: SCALE } : undefined;
      expect(alphaFromTally(tallyLikeSql(units), metric, SCALE)).toEqual(krippendorffAlpha(units, metric, options));
    }
  });

  it.each(METRICS)('is bit-identical whatever the order of the units (%s)', (metric) => {
    const random = seededRandom(9);
    const units = randomUnits(random, 500, 7);
    const shuffled = [...units].sort(() => random() - 0.5).map((unit) => [...unit].reverse());
    const alpha = krippendorffAlpha(units, metric);
    expect(alpha.ok).toBe(true);
    expect(krippendorffAlpha(shuffled, metric)).toEqual(alpha);
  });

  it('explains why alpha cannot be computed, as krippendorffAlpha does', () => {
    for (const units of [[], [[1, 2]], [[3, 3], [3, 3, 3], [2]], [[1], [2], [3]]]) {
      for (const metric of METRICS) expect(alphaFromTally(tallyLikeSql(units), metric, SCALE)).toEqual(krippendorffAlpha(units, metric, { scale: SCALE }));
    }
  });
});

describe('summarizeCredibilityCounts', () => {
  it('gives exactly summarizeCredibility of the expanded ratings', () => {
    const random = seededRandom(77);
    for (let round = 0; round < 200; round++) {
      const ratings = Array.from({ length: Math.floor(random() * 12) }, () => (1 + Math.floor(random() * 6)) as Credibility);
      const counts: Partial<Record<Credibility, number>> = {};
      for (const rating of ratings) counts[rating] = (counts[rating] ?? 0) + 1;
      expect(summarizeCredibilityCounts(counts)).toEqual(summarizeCredibility(ratings));
    }
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => summarizeCredibilityCounts({ 1: -1 })).toThrow(RangeError);
    expect(() => summarizeCredibilityCounts({ 2: 1.5 })).toThrow(RangeError);
  });
});
