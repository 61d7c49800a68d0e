import { describe, it, expect } from 'vitest';
import {
  CREDIBILITY_GRADES,
  CREDIBILITY_LABELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  admiraltyCode,
  credibilityToRank,
  isCredibility,
  isJudgeable,
  isReliability,
  reliabilityToRank,
  summarizeCredibility,
  summarizeReliability,
  toAlphaUnits,
  type Reliability,
} from '@/lib/agreement/admiralty';
import { krippendorffAlpha } from '@/lib/agreement/krippendorff';

describe('Admiralty scales', () => {
  it('labels every grade, with F and 6 as "cannot be judged"', () => {
    expect(RELIABILITY_GRADES.map((grade) => RELIABILITY_LABELS[grade])).toEqual([
      'Completely reliable', 'Usually reliable', 'Fairly reliable', 'Not usually reliable', 'Unreliable', 'Reliability cannot be judged',
    ]);
    expect(CREDIBILITY_GRADES.map((grade) => CREDIBILITY_LABELS[grade])).toEqual([
      'Confirmed by other sources', 'Probably true', 'Possibly true', 'Doubtful', 'Improbable', 'Truth cannot be judged',
    ]);
  });

  it('ranks A-E and 1-5, and leaves F and 6 off the scale', () => {
    expect(RELIABILITY_GRADES.map(reliabilityToRank)).toEqual([1, 2, 3, 4, 5, null]);
    expect(CREDIBILITY_GRADES.map(credibilityToRank)).toEqual([1, 2, 3, 4, 5, null]);
    expect(RELIABILITY_GRADES.filter(isJudgeable)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(CREDIBILITY_GRADES.filter(isJudgeable)).toEqual([1, 2, 3, 4, 5]);
  });

  it('recognises grades and nothing else', () => {
    expect(['A', 'F', 'a', 'G', '', 1, null].map(isReliability)).toEqual([true, true, false, false, false, false, false]);
    expect([1, 6, 0, 7, 2.5, '3', Number.NaN, null].map(isCredibility)).toEqual([true, true, false, false, false, false, false, false]);
  });

  it.each([
    ['B', 3, 'B3'],
    [null, 3, '?3'],
    ['A', null, 'A?'],
    [null, null, '??'],
    ['F', 6, 'F6'],
  ] as const)('writes the code of %s and %s as %s', (reliability, credibility, code) => {
    expect(admiraltyCode(reliability, credibility)).toBe(code);
  });
});

describe('summarizeCredibility', () => {
  it('takes the median of the judgeable ratings and counts 6 apart', () => {
    expect(summarizeCredibility([2, 6, 3, 6, 2])).toEqual({
      count: 5, judged: 3, cannotJudge: 2, median: 2, low: 2, high: 3, spread: 1,
      distribution: { '1': 0, '2': 2, '3': 1, '4': 0, '5': 0, '6': 2 },
    });
  });

  it('takes the lower median of an even count, so the median is always a grade', () => {
    expect(summarizeCredibility([4, 2])).toMatchObject({ median: 2, low: 2, high: 4, spread: 2 });
    expect(summarizeCredibility([1, 5, 3, 4])).toMatchObject({ median: 3, spread: 4 });
    // Sixes do not shift the median: the judged ratings are 2, 3, 3, 5.
    expect(summarizeCredibility([5, 6, 3, 6, 2, 6, 3])).toMatchObject({ median: 3, judged: 4, cannotJudge: 3 });
  });

  it('has no median or spread when nothing was rated', () => {
    expect(summarizeCredibility([])).toEqual({
      count: 0, judged: 0, cannotJudge: 0, median: null, low: null, high: null, spread: null,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0 },
    });
  });

  it('has no median when every analyst said the truth cannot be judged', () => {
    expect(summarizeCredibility([6, 6])).toMatchObject({ count: 2, judged: 0, cannotJudge: 2, median: null, spread: null });
  });

  it('has a spread of 0 for unanimous ratings', () => {
    expect(summarizeCredibility([3, 3, 3])).toMatchObject({ median: 3, low: 3, high: 3, spread: 0 });
  });

  it('rejects numbers off the scale', () => {
    for (const bad of [0, 7, 2.5, Number.NaN]) expect(() => summarizeCredibility([1, bad])).toThrow(RangeError);
  });

  it('summarises 10,000 ratings', () => {
    const ratings = Array.from({ length: 10_000 }, (_, i) => (i % 6) + 1);
    expect(summarizeCredibility(ratings)).toMatchObject({ count: 10_000, cannotJudge: 1666, median: 3, low: 1, high: 5, spread: 4 });
  });
});

describe('summarizeReliability', () => {
  it('takes the median by rank and counts F apart', () => {
    expect(summarizeReliability(['C', 'F', 'A', 'B', 'F'])).toEqual({
      count: 5, judged: 3, cannotJudge: 2, median: 'B', low: 'A', high: 'C', spread: 2,
      distribution: { A: 1, B: 1, C: 1, D: 0, E: 0, F: 2 },
    });
  });

  it('takes the lower median of an even count', () => {
    expect(summarizeReliability(['E', 'B', 'F', 'D', 'C'])).toMatchObject({ median: 'C', low: 'B', high: 'E', spread: 3 });
  });

  it('has no median for no ratings or only F', () => {
    expect(summarizeReliability([])).toMatchObject({ count: 0, median: null, spread: null });
    expect(summarizeReliability(['F'])).toMatchObject({ count: 1, cannotJudge: 1, median: null, low: null, high: null });
  });

  it('rejects strings that are not grades (data from outside the type system)', () => {
    expect(() => summarizeReliability(['A', 'b' as Reliability])).toThrow(RangeError);
  });
});

describe('toAlphaUnits', () => {
  it('drops F, 6 and missing ratings, maps A-E to 1-5 and keeps every unit in place', () => {
    expect(toAlphaUnits([['A', 'F', 'C'], ['F', 'F'], [null, 'E', undefined]])).toEqual([[1, 3], [], [5]]);
    expect(toAlphaUnits([[1, 6, 5], [6], [2, null]])).toEqual([[1, 5], [], [2]]);
  });

  it('rejects anything that is not a grade', () => {
    expect(() => toAlphaUnits([[1, 7]])).toThrow(RangeError);
    expect(() => toAlphaUnits([['A', 'G' as Reliability]])).toThrow(RangeError);
  });

  it('feeds ordinal alpha without letting "cannot be judged" count as a disagreement', () => {
    // With the 6s dropped both passages are unanimous but differ, so alpha = 1.
    const units = toAlphaUnits([[2, 2, 6], [4, 6, 4]]);
    expect(krippendorffAlpha(units, 'ordinal')).toMatchObject({ ok: true, alpha: 1, pairableValues: 4 });
    // Only one analyst judged each passage: nothing to compare.
    expect(krippendorffAlpha(toAlphaUnits([[2, 6], [6, 3]]), 'ordinal')).toMatchObject({ ok: false, reason: 'too-few-pairable-values' });
  });
});
