import { describe, it, expect } from 'vitest';
import { buildSegments, type Segment } from '@/lib/anchoring/segments';
import { segmentsKey } from '@/lib/anchoring/segments-key';

describe('segmentsKey', () => {
  it('is empty for no segments', () => {
    expect(segmentsKey([])).toBe('');
  });

  it('is equal for equal segments built separately', () => {
    const spans = [
      { id: 'a', start: 0, end: 4 },
      { id: 'b', start: 2, end: 6 },
    ];
    expect(segmentsKey(buildSegments(spans, 0, 8))).toBe(segmentsKey(buildSegments([...spans].reverse(), 0, 8)));
  });

  it('changes when an offset, an id or the id order changes', () => {
    const base: Segment[] = [{ start: 0, end: 3, ids: ['a', 'b'] }];
    const key = segmentsKey(base);
    expect(segmentsKey([{ start: 0, end: 4, ids: ['a', 'b'] }])).not.toBe(key);
    expect(segmentsKey([{ start: 1, end: 3, ids: ['a', 'b'] }])).not.toBe(key);
    expect(segmentsKey([{ start: 0, end: 3, ids: ['a'] }])).not.toBe(key);
    expect(segmentsKey([{ start: 0, end: 3, ids: ['b', 'a'] }])).not.toBe(key);
    expect(segmentsKey([{ start: 0, end: 3, ids: ['a', 'b'] }])).toBe(key);
  });

  it('tells apart an uncovered run from a run covered by an empty id', () => {
    expect(segmentsKey([{ start: 0, end: 3, ids: [] }])).not.toBe(segmentsKey([{ start: 0, end: 3, ids: [''] }]));
  });

  it('cannot be fooled by ids that contain separators', () => {
    const one: Segment[] = [{ start: 0, end: 3, ids: ['a","b'] }];
    const two: Segment[] = [{ start: 0, end: 3, ids: ['a', 'b'] }];
    expect(segmentsKey(one)).not.toBe(segmentsKey(two));
    const split: Segment[] = [{ start: 0, end: 1, ids: ['x]1-3['] }];
    const joined: Segment[] = [
      { start: 0, end: 1, ids: ['x'] },
      { start: 1, end: 3, ids: [] },
    ];
    expect(segmentsKey(split)).not.toBe(segmentsKey(joined));
  });

  it('handles astral and RTL ids', () => {
    expect(segmentsKey([{ start: 0, end: 2, ids: ['👋🏽', 'سلام'] }])).toBe('0-2["👋🏽","سلام"]');
  });

  it('keys 10,000 segments', () => {
    const segments: Segment[] = Array.from({ length: 10_000 }, (_, i) => ({ start: i, end: i + 1, ids: i % 2 ? [`h${i}`] : [] }));
    const key = segmentsKey(segments);
    expect(key.startsWith('0-1[]1-2["h1"]')).toBe(true);
    expect(key.endsWith('9999-10000["h9999"]')).toBe(true);
  });
});
