import { describe, it, expect } from 'vitest';
import { krippendorffAlpha, type AlphaResult, type Metric, type ReliabilityData } from '@/lib/agreement/krippendorff';

const METRICS: Metric[] = ['nominal', 'ordinal', 'interval'];
const _ = null;

/** Units × coders → one row per unit (the layout krippendorffAlpha takes). */
const byUnit = (...coders: ReadonlyArray<ReadonlyArray<number | null>>): ReliabilityData =>
  (coders[0] ?? []).map((_value, unit) => coders.map((coder) => coder[unit] ?? null));

function alphaOf(result: AlphaResult): number {
  if (!result.ok) throw new Error(`expected alpha, got ${result.reason}`);
  return result.alpha;
}

describe('krippendorffAlpha: published worked examples (Krippendorff 2011)', () => {
  // "Computing Krippendorff's Alpha-Reliability", section C/D: 4 observers, 12 units, values 1-5,
  // missing values. Unit 12 has a single value (B: 3) and is not pairable, so n = 40.
  const fourCoders = byUnit(
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  );

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
  ] as const)('matches the published %s alpha %s', (metric, published) => {
    const result = krippendorffAlpha(fourCoders, metric);
    expect(alphaOf(result)).toBeCloseTo(published, 3);
    expect(result).toMatchObject({ units: 12, pairableUnits: 11, pairableValues: 40 });
  });

  it('matches the published nominal D_o and D_e of the 4 × 12 example', () => {
    // D_o = (1/n)·Σ_{c≠k} o_ck = 8/40; D_e = (1/(n(n−1)))·Σ_{c≠k} n_c·n_k with n_c = 9, 13, 10, 5, 3.
    const result = krippendorffAlpha(fourCoders, 'nominal');
    expect(result).toMatchObject({ ok: true, observedDisagreement: 0.2 });
    expect(result.ok && result.expectedDisagreement).toBeCloseTo((40 * 40 - (81 + 169 + 100 + 25 + 9)) / (40 * 39), 12);
  });

  it('matches the binary two-observer example: alpha = 0.095', () => {
    // Section A: o_01 = 4, n_0 = 14, n_1 = 6, n = 20, so alpha = 1 − 19·4 / (14·6) = 2/21.
    const data = byUnit([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]);
    expect(alphaOf(krippendorffAlpha(data, 'nominal'))).toBeCloseTo(0.095, 3);
    expect(alphaOf(krippendorffAlpha(data, 'nominal'))).toBeCloseTo(2 / 21, 12);
  });

  it('matches the nominal two-observer example: alpha = 0.692', () => {
    // Section B, values a-e coded 1-5: a a b b d c c c e d d a / b a b b b c c c e d d d.
    const code = (letters: string) => [...letters].map((letter) => letter.charCodeAt(0) - 96);
    const data = byUnit(code('aabbdcccedda'), code('babbbccceddd'));
    expect(alphaOf(krippendorffAlpha(data, 'nominal'))).toBeCloseTo(0.692, 3);
  });
});

describe('krippendorffAlpha: hand-computed cases', () => {
  it.each(METRICS)('is 1 for perfect agreement (%s)', (metric) => {
    expect(krippendorffAlpha([[1, 1], [2, 2, 2], [5, 5]], metric)).toMatchObject({ ok: true, alpha: 1, observedDisagreement: 0 });
  });

  it.each(METRICS)('is negative for systematic disagreement (%s)', (metric) => {
    // Two coders always swap 1 and 2: o_12 = o_21 = 4, n_1 = n_2 = 4, n = 8. With δ = d for the
    // one pair of values, D_o = 8d/8 = d and D_e = 2·4·4·d/(8·7) = 4d/7, so alpha = 1 − 7/4 = −0.75
    // for every metric: chance alone would agree 3 times in 7, these coders never do.
    expect(alphaOf(krippendorffAlpha([[1, 2], [2, 1], [1, 2], [2, 1]], metric))).toBeCloseTo(-0.75, 12);
  });

  it.each(METRICS)('is not computed from a single pairable unit, whose alpha is 0 whatever the ratings (%s)', (metric) => {
    // One unit: o_ck = n_c·n_k/(n − 1), so D_o = D_e and alpha = 0 by construction — reporting it
    // would read as "agreement at chance" when nothing was measured.
    for (const unit of [[2, 4], [1, 2, 5], [3, 3, 4]]) {
      expect(krippendorffAlpha([unit], metric)).toMatchObject({ ok: false, reason: 'too-few-pairable-values', pairableUnits: 1 });
      expect(krippendorffAlpha([unit, [5]], metric)).toMatchObject({ ok: false, reason: 'too-few-pairable-values' });
    }
  });

  it('separates the metrics when the values are unevenly used', () => {
    // Units (1,2), (3,3), (3,3): n_1 = 1, n_2 = 1, n_3 = 4, n = 6; o_12 = o_21 = 1, o_33 = 4.
    // D_o = 2·δ_12/6 for every metric, D_e = 2·(n_1n_2δ_12 + n_1n_3δ_13 + n_2n_3δ_23)/30.
    //   nominal  δ = 1:                    D_o = 1/3, D_e = 18/30 → alpha = 4/9
    //   interval δ = (c − k)² = 1, 4, 1:   D_o = 1/3, D_e = 42/30 → alpha = 16/21
    //   ordinal  δ_12 = (2 − 1)² = 1, δ_13 = (6 − 2.5)² = 12.25, δ_23 = (5 − 2.5)² = 6.25:
    //                                      D_o = 1/3, D_e = 150/30 → alpha = 14/15
    // Ordinally, 1 and 2 are close because few values lie between them; 3 is far from both
    // because four values sit on it.
    const data = [[1, 2], [3, 3], [3, 3]];
    expect(alphaOf(krippendorffAlpha(data, 'nominal'))).toBeCloseTo(4 / 9, 12);
    expect(alphaOf(krippendorffAlpha(data, 'interval'))).toBeCloseTo(16 / 21, 12);
    expect(alphaOf(krippendorffAlpha(data, 'ordinal'))).toBeCloseTo(14 / 15, 12);
    const ordinal = krippendorffAlpha(data, 'ordinal');
    expect(ordinal.ok && ordinal.observedDisagreement).toBeCloseTo(1 / 3, 12);
    expect(ordinal.ok && ordinal.expectedDisagreement).toBeCloseTo(5, 12);
  });

  it('keeps ordinal alpha under a monotone relabelling, unlike interval', () => {
    const data = [[1, 2], [3, 3], [3, 3], [2, 3]];
    const relabelled = data.map((unit) => unit.map((value) => [0, 10, 20, 300][value] ?? 0));
    expect(alphaOf(krippendorffAlpha(relabelled, 'ordinal'))).toBeCloseTo(alphaOf(krippendorffAlpha(data, 'ordinal')), 12);
    expect(alphaOf(krippendorffAlpha(relabelled, 'interval'))).not.toBeCloseTo(alphaOf(krippendorffAlpha(data, 'interval')), 3);
  });
});

describe('krippendorffAlpha: missing ratings and what cannot be computed', () => {
  it('reads a units × coders matrix with gaps like the values of each unit', () => {
    const matrix = [[1, null, 2], [undefined, 3, 3], [2, 2, null], [null, null, 4]];
    const ragged = [[1, 2], [3, 3], [2, 2], [4]];
    for (const metric of METRICS) expect(krippendorffAlpha(matrix, metric)).toEqual(krippendorffAlpha(ragged, metric));
    expect(krippendorffAlpha(matrix, 'nominal')).toMatchObject({ units: 4, pairableUnits: 3, pairableValues: 6 });
  });

  it.each(METRICS)('ignores units with a single value, even of a value seen nowhere else (%s)', (metric) => {
    const data = [[1, 2], [2, 2], [3, 1]];
    const padded = krippendorffAlpha([...data, [5], [1]], metric);
    expect(alphaOf(padded)).toBeCloseTo(alphaOf(krippendorffAlpha(data, metric)), 12);
    expect(padded).toMatchObject({ units: 5, pairableUnits: 3, pairableValues: 6 });
  });

  it.each<[string, ReliabilityData]>([
    ['no units', []],
    ['a single rater', [[1], [2], [3]]],
    ['only empty or missing ratings', [[], [null, undefined], [4, null]]],
  ])('is not computed for %s', (_name, data) => {
    const result = krippendorffAlpha(data, 'ordinal');
    expect(result).toMatchObject({ ok: false, reason: 'too-few-pairable-values', pairableValues: 0, pairableUnits: 0 });
    expect(result.ok || result.message).toBe('Agreement needs at least two passages, each rated by two or more analysts.');
  });

  it.each(METRICS)('is not computed when every pairable rating is the same (%s)', (metric) => {
    // D_e = 0. A different value in an unpairable unit does not count as variation.
    const result = krippendorffAlpha([[3, 3], [3, 3, 3], [5]], metric);
    expect(result).toMatchObject({ ok: false, reason: 'no-variation', units: 3, pairableUnits: 2, pairableValues: 5 });
    expect(result.ok || result.message).toBe('Every rating is the same, so agreement cannot be told from chance.');
  });
});

describe('krippendorffAlpha: the scale option', () => {
  const data = [[1, 2], [2, 3], [3, 3], [1, 1]];

  it.each(METRICS)('is not changed by unused categories on the scale (%s)', (metric) => {
    const withScale = krippendorffAlpha(data, metric, { scale: [0, 1, 2, 3, 4, 5, 6] });
    expect(alphaOf(withScale)).toBeCloseTo(alphaOf(krippendorffAlpha(data, metric)), 12);
  });

  it('orders the ordinal metric by the scale, not by the numbers', () => {
    expect(alphaOf(krippendorffAlpha(data, 'ordinal', { scale: [1, 2, 3] }))).toBeCloseTo(0.7083, 4);
    // With 2 ranked below 1, the (1,2)/(2,3) disagreements span more of the pooled values.
    expect(alphaOf(krippendorffAlpha(data, 'ordinal', { scale: [2, 1, 3] }))).toBeCloseTo(0.1483, 4);
  });

  it('rejects values off the scale, repeated scale values and non-finite values', () => {
    expect(() => krippendorffAlpha(data, 'ordinal', { scale: [1, 2] })).toThrow(RangeError);
    expect(() => krippendorffAlpha(data, 'ordinal', { scale: [1, 2, 2, 3] })).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, Number.NaN]], 'interval')).toThrow(RangeError);
    expect(() => krippendorffAlpha([[1, Number.POSITIVE_INFINITY]], 'interval')).toThrow(RangeError);
    // A value off the scale is an error even in a unit that cannot be paired.
    expect(() => krippendorffAlpha([[1, 2], [9]], 'nominal', { scale: [1, 2] })).toThrow(RangeError);
  });
});
