import { describe, expect, it } from 'vitest';
import { idsAt, layoutAt, layoutBlocks, type LineRange } from '@/lib/anchoring/block-layout';
import { buildSegments, type Span } from '@/lib/anchoring/segments';
import { createSeededRandom, randomInt } from '@/tests/support/seeded-random';

type Block = { start: number; end: number };
const span = (id: string, start: number, end: number): Span => ({ id, start, end });
const whole = (block: Block): LineRange[] => [{ start: block.start, end: block.end }];
const blocks: Block[] = [{ start: 0, end: 10 }, { start: 12, end: 20 }, { start: 22, end: 30 }];

describe('layoutBlocks', () => {
  it('segments each block with the spans that touch it, clipped', () => {
    const layouts = layoutBlocks(blocks, whole, [span('a', 5, 15), span('b', 24, 26)]);
    expect(layouts.map((l) => l.spans.map((s) => s.id))).toEqual([['a'], ['a'], ['b']]);
    expect(layouts[0]!.lines[0]!.runs).toEqual([{ start: 0, end: 5, ids: [] }, { start: 5, end: 10, ids: ['a'] }]);
    expect(layouts[1]!.lines[0]!.runs).toEqual([{ start: 12, end: 15, ids: ['a'] }, { start: 15, end: 20, ids: [] }]);
    expect(layouts[2]!.lines[0]!.runs).toEqual([{ start: 22, end: 24, ids: [] }, { start: 24, end: 26, ids: ['b'] }, { start: 26, end: 30, ids: [] }]);
  });

  it('keeps the layout object of every block whose spans did not change', () => {
    const first = layoutBlocks(blocks, whole, [span('a', 1, 3), span('b', 13, 15)]);
    const previous = new Map(first.map((layout) => [layout.block, layout]));
    // New span objects with the same values, plus one highlight added in the last block.
    const second = layoutBlocks(blocks, whole, [span('a', 1, 3), span('b', 13, 15), span('c', 23, 25)], previous);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]!.lines[0]!.runs.map((r) => r.ids)).toEqual([[], ['c'], []]);
  });

  it('re-segments a block when a span moves or changes id', () => {
    const first = layoutBlocks(blocks, whole, [span('a', 1, 3)]);
    const previous = new Map(first.map((layout) => [layout.block, layout]));
    expect(layoutBlocks(blocks, whole, [span('a', 1, 4)], previous)[0]).not.toBe(first[0]);
    expect(layoutBlocks(blocks, whole, [span('z', 1, 3)], previous)[0]).not.toBe(first[0]);
  });

  it('lays out several lines of a block (list items) apart', () => {
    const lines = (block: Block): LineRange[] => [{ start: block.start + 2, end: block.start + 5 }, { start: block.start + 7, end: block.end }];
    const [layout] = layoutBlocks([{ start: 0, end: 10 }], lines, [span('a', 0, 10)]);
    expect(layout!.lines).toEqual([{ start: 2, runs: [{ start: 2, end: 5, ids: ['a'] }] }, { start: 7, runs: [{ start: 7, end: 10, ids: ['a'] }] }]);
  });

  it('handles no blocks, no spans and empty spans', () => {
    expect(layoutBlocks([], whole, [span('a', 0, 5)])).toEqual([]);
    expect(layoutBlocks(blocks, whole, [span('e', 4, 4)]).map((l) => l.spans)).toEqual([[], [], []]);
  });

  it('matches segmenting each block from scratch, for 10k random overlapping spans', () => {
    const random = createSeededRandom(7);
    const many: Block[] = [];
    for (let at = 0; at < 20_000; ) {
      const length = randomInt(random, 1, 800);
      many.push({ start: at, end: at + length });
      at += length + 2;
    }
    const spans = Array.from({ length: 10_000 }, (_, i) => {
      const start = randomInt(random, 0, 19_990);
      return span(`h${i}`, start, start + randomInt(random, 1, 400));
    });
    const layouts = layoutBlocks(many, whole, spans);
    for (const [i, layout] of layouts.entries()) {
      const block = many[i]!;
      expect(layout.lines[0]!.runs).toEqual(buildSegments(spans, block.start, block.end));
    }
    // A spot lookup agrees with testing every span.
    for (let k = 0; k < 200; k++) {
      const offset = randomInt(random, 0, many.at(-1)!.end - 1);
      const layout = layoutAt(layouts, offset);
      const expected = layout ? spans.filter((s) => s.start <= offset && offset < s.end).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1)).map((s) => s.id) : [];
      expect(layout ? idsAt(layout, offset) : []).toEqual(expected);
    }
  });
});

describe('layoutAt and idsAt', () => {
  const layouts = layoutBlocks(blocks, whole, [span('a', 2, 6), span('b', 4, 8)]);
  it('finds the block holding an offset, and none in a gap or outside', () => {
    expect(layoutAt(layouts, 0)?.block).toBe(blocks[0]);
    expect(layoutAt(layouts, 29)?.block).toBe(blocks[2]);
    expect(layoutAt(layouts, 10)).toBeUndefined();
    expect(layoutAt(layouts, 30)).toBeUndefined();
    expect(layoutAt([], 3)).toBeUndefined();
  });
  it('answers the highlights covering an offset, by start', () => {
    expect(idsAt(layouts[0]!, 1)).toEqual([]);
    expect(idsAt(layouts[0]!, 2)).toEqual(['a']);
    expect(idsAt(layouts[0]!, 5)).toEqual(['a', 'b']);
    expect(idsAt(layouts[0]!, 7)).toEqual(['b']);
    expect(idsAt(layouts[0]!, 8)).toEqual([]);
  });
});
