import { describe, it, expect } from 'vitest';
import { buildSegments, spansByRange, type Segment, type Span } from '@/lib/anchoring/segments';
import { createSeededRandom, randomInt } from '@/tests/support/seeded-random';

const span = (id: string, start: number, end: number): Span => ({ id, start, end });

/** Reference: tests every span at every position, then merges equal neighbours. */
function naiveSegments(spans: readonly Span[], from: number, to: number): Segment[] {
  const segments: Segment[] = [];
  for (let p = from; p < to; p++) {
    const ids = spans
      .filter((s) => s.start <= p && p < s.end)
      .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((s) => s.id);
    const last = segments[segments.length - 1];
    if (last && last.ids.join('\u0000') === ids.join('\u0000')) last.end = p + 1;
    else segments.push({ start: p, end: p + 1, ids });
  }
  return segments;
}

describe('buildSegments', () => {
  it('returns one uncovered segment when there are no spans', () => {
    expect(buildSegments([], 0, 10)).toEqual([{ start: 0, end: 10, ids: [] }]);
  });

  it('returns nothing for an empty or reversed range', () => {
    expect(buildSegments([span('a', 0, 5)], 3, 3)).toEqual([]);
    expect(buildSegments([span('a', 0, 5)], 4, 2)).toEqual([]);
  });

  it('splits around one span', () => {
    expect(buildSegments([span('a', 2, 5)], 0, 8)).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 5, ids: ['a'] },
      { start: 5, end: 8, ids: [] },
    ]);
  });

  it('splits overlapping spans, ordering ids by start', () => {
    expect(buildSegments([span('b', 3, 8), span('a', 0, 5)], 0, 8)).toEqual([
      { start: 0, end: 3, ids: ['a'] },
      { start: 3, end: 5, ids: ['a', 'b'] },
      { start: 5, end: 8, ids: ['b'] },
    ]);
  });

  it('nests spans', () => {
    expect(buildSegments([span('inner', 2, 4), span('outer', 0, 6)], 0, 6)).toEqual([
      { start: 0, end: 2, ids: ['outer'] },
      { start: 2, end: 4, ids: ['outer', 'inner'] },
      { start: 4, end: 6, ids: ['outer'] },
    ]);
  });

  it('orders identical spans by id', () => {
    expect(buildSegments([span('z', 1, 3), span('m', 1, 3), span('a', 1, 3)], 0, 3)).toEqual([
      { start: 0, end: 1, ids: [] },
      { start: 1, end: 3, ids: ['a', 'm', 'z'] },
    ]);
  });

  it('handles a span starting inside another and ending inside a third', () => {
    const spans = [span('a', 0, 4), span('b', 2, 8), span('c', 6, 10)];
    expect(buildSegments(spans, 0, 10)).toEqual([
      { start: 0, end: 2, ids: ['a'] },
      { start: 2, end: 4, ids: ['a', 'b'] },
      { start: 4, end: 6, ids: ['b'] },
      { start: 6, end: 8, ids: ['b', 'c'] },
      { start: 8, end: 10, ids: ['c'] },
    ]);
  });

  it('does not merge touching spans with different ids', () => {
    expect(buildSegments([span('a', 0, 3), span('b', 3, 6)], 0, 6)).toEqual([
      { start: 0, end: 3, ids: ['a'] },
      { start: 3, end: 6, ids: ['b'] },
    ]);
  });

  it('merges touching pieces with the same id', () => {
    expect(buildSegments([span('a', 0, 3), span('a', 3, 6)], 0, 6)).toEqual([{ start: 0, end: 6, ids: ['a'] }]);
  });

  it('clips spans to the range but orders ids by their own start', () => {
    // "z-early" began earlier; it still comes first though both are clipped to 10 and "a" < "z".
    const spans = [span('a-late', 8, 30), span('z-early', 0, 12)];
    expect(buildSegments(spans, 10, 20)).toEqual([
      { start: 10, end: 12, ids: ['z-early', 'a-late'] },
      { start: 12, end: 20, ids: ['a-late'] },
    ]);
  });

  it('ignores empty, reversed, out-of-range and NaN spans', () => {
    const spans = [span('empty', 3, 3), span('reversed', 5, 2), span('before', 0, 10), span('after', 20, 25), span('nan', Number.NaN, 15)];
    expect(buildSegments(spans, 10, 20)).toEqual([{ start: 10, end: 20, ids: [] }]);
  });

  it('segments a paragraph of Persian text with highlights crossing "\\n\\n"', () => {
    const text = 'روسیه و ایران\n\nРоссия и Иран';
    const spans = [span('x', text.indexOf('ایران'), text.indexOf('и Иран'))];
    const paragraphs = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.indexOf('Р'), end: text.length },
    ];
    const [first, second] = paragraphs.map((p) => buildSegments(spans, p.start, p.end).map((s) => [text.slice(s.start, s.end), s.ids]));
    expect(first).toEqual([['روسیه و ', []], ['ایران', ['x']]]);
    expect(second).toEqual([['Россия ', ['x']], ['и Иран', []]]);
  });

  it('agrees with a per-character reference on 10,000 random spans', () => {
    const random = createSeededRandom(20_240_601);
    const spans: Span[] = Array.from({ length: 10_000 }, (_, i) => {
      const start = randomInt(random, -50, 3_050);
      const length = random() < 0.05 ? randomInt(random, -3, 1) : randomInt(random, 1, random() < 0.1 ? 400 : 30);
      return span(`h${randomInt(random, 0, 12_000)}-${i % 7}`, start, start + length);
    });
    for (const [from, to] of [
      [0, 3_000],
      [1_234, 1_500],
      [2_990, 3_100],
    ] as const) {
      const segments = buildSegments(spans, from, to);
      expect(segments).toEqual(naiveSegments(spans, from, to));
      expect(segments[0]?.start).toBe(from);
      expect(segments[segments.length - 1]?.end).toBe(to);
    }
  });

  it('agrees with the reference on many small random cases', () => {
    const random = createSeededRandom(99);
    for (let round = 0; round < 500; round++) {
      const spans = Array.from({ length: randomInt(random, 0, 8) }, () => {
        const start = randomInt(random, 0, 12);
        return span(String.fromCharCode(97 + randomInt(random, 0, 5)), start, start + randomInt(random, -1, 6));
      });
      const from = randomInt(random, 0, 6);
      const to = from + randomInt(random, 0, 10);
      expect(buildSegments(spans, from, to)).toEqual(naiveSegments(spans, from, to));
    }
  });
});

describe('spansByRange', () => {
  const paragraphs = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 22, end: 30 },
  ];

  it('returns one empty group per range when there are no spans', () => {
    expect(spansByRange([], paragraphs)).toEqual([[], [], []]);
    expect(spansByRange([span('a', 0, 5)], [])).toEqual([]);
  });

  it('puts a span in every range it shares a position with', () => {
    const across = span('across', 5, 25);
    expect(spansByRange([across], paragraphs)).toEqual([[across], [across], [across]]);
  });

  it('leaves out ranges a span only abuts or skips over in a gap', () => {
    const abuts = span('abuts', 10, 12); // exactly the "\n\n" gap between the first two
    const touchesEnd = span('end', 20, 22);
    const last = span('last', 29, 31);
    expect(spansByRange([abuts, touchesEnd, last], paragraphs)).toEqual([[], [], [last]]);
  });

  it('ignores empty and reversed spans', () => {
    expect(spansByRange([span('e', 5, 5), span('r', 6, 2)], paragraphs)).toEqual([[], [], []]);
  });

  it('never lands a span in an empty range', () => {
    const s = span('s', 0, 10);
    expect(spansByRange([s], [{ start: 0, end: 4 }, { start: 4, end: 4 }, { start: 4, end: 10 }])).toEqual([[s], [], [s]]);
  });

  it('keeps input order and the same span objects', () => {
    const b = span('b', 14, 16);
    const a = span('a', 12, 18);
    const groups = spansByRange([b, a], paragraphs);
    expect(groups[1]).toEqual([b, a]);
    expect(groups[1]?.[0]).toBe(b);
  });

  it('agrees with an n * m reference for 10,000 spans and 300 ranges', () => {
    const random = createSeededRandom(4242);
    const ranges: { start: number; end: number }[] = [];
    for (let at = 0; ranges.length < 300; ) {
      const start = at + randomInt(random, 0, 3);
      const end = start + randomInt(random, 0, 200);
      ranges.push({ start, end });
      at = end;
    }
    const limit = ranges[ranges.length - 1]!.end + 20;
    const spans = Array.from({ length: 10_000 }, (_, i) => {
      const start = randomInt(random, -10, limit);
      return span(`h${i}`, start, start + randomInt(random, -2, random() < 0.05 ? 2_000 : 60));
    });
    const reference = ranges.map((r) => spans.filter((s) => s.start < s.end && s.start < r.end && r.start < s.end && r.start < r.end));
    expect(spansByRange(spans, ranges)).toEqual(reference);
  });

  it('feeds buildSegments per paragraph to the same result as the whole text', () => {
    const random = createSeededRandom(5);
    const spans = Array.from({ length: 2_000 }, (_, i) => {
      const start = randomInt(random, 0, 1_000);
      return span(`s${i}`, start, start + randomInt(random, 1, 80));
    });
    const ranges = Array.from({ length: 50 }, (_, i) => ({ start: i * 20, end: i * 20 + 18 }));
    const groups = spansByRange(spans, ranges);
    ranges.forEach((range, i) => {
      expect(buildSegments(groups[i] ?? [], range.start, range.end)).toEqual(buildSegments(spans, range.start, range.end));
    });
  });
});
