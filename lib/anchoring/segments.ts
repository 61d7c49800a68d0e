// The reader paints text as runs covered by the same highlights. A sweep over span boundaries
// builds them in O((n + k) log n) plus the size of the output, instead of testing every
// highlight at every character.

/** A highlight as the renderer needs it: id and UTF-16 span [start, end). */
export type Span = { id: string; start: number; end: number };

/** A maximal run of text covered by the same set of highlights (ids sorted by start, then id). */
export type Segment = { start: number; end: number; ids: string[] };

type Clipped = { id: string; start: number; from: number; to: number; rank: number };

const byStartThenId = (a: Span, b: Span): number => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Position of `rank` in the ascending `ranks` (which holds it). */
function findRank(ranks: readonly number[], rank: number): number {
  let low = 0;
  let high = ranks.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranks[middle]! < rank) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Splits [from, to) into segments; runs not covered by any span are included with ids [].
 * Spans are clipped to [from, to); empty, reversed and outside spans are ignored. Ids are
 * ordered by each span's own start (not the clipped one), so a highlight that began in an
 * earlier paragraph keeps its place. Segments cover [from, to) without gaps; [] when from >= to.
 */
export function buildSegments(spans: readonly Span[], from: number, to: number): Segment[] {
  if (!(from < to)) return [];
  const live: Clipped[] = spans
    .filter((span) => Math.max(span.start, from) < Math.min(span.end, to))
    .sort(byStartThenId)
    .map((span, rank) => ({ id: span.id, start: span.start, from: Math.max(span.start, from), to: Math.min(span.end, to), rank }));
  // Sorted by start, so clipped starts ascend too; the ends need an order of their own.
  const ends = [...live].sort((a, b) => a.to - b.to);

  const segments: Segment[] = [];
  const active: number[] = []; // ranks of the spans covering the cursor, ascending
  let opened = 0;
  let closed = 0;
  let cursor = from;
  while (cursor < to) {
    while (closed < ends.length && ends[closed]!.to === cursor) active.splice(findRank(active, ends[closed++]!.rank), 1);
    // Spans open in rank order and every rank opened later is larger: appending keeps `active` sorted.
    while (opened < live.length && live[opened]!.from === cursor) active.push(live[opened++]!.rank);
    const next = Math.min(live[opened]?.from ?? to, ends[closed]?.to ?? to);
    const ids = active.map((rank) => live[rank]!.id);
    const last = segments[segments.length - 1];
    // Only spans sharing an id (e.g. one highlight split in two) can leave the id set unchanged.
    if (last && sameIds(last.ids, ids)) last.end = next;
    else segments.push({ start: cursor, end: next, ids });
    cursor = next;
  }
  return segments;
}

/**
 * Groups spans by which of the given ranges (e.g. paragraphs) they touch, so each paragraph can
 * be segmented and memoised independently. Ranges must be sorted and non-overlapping. A span
 * touches a range when they share at least one position, so a span may land in several groups
 * and one that only abuts a range does not. Groups keep the spans' input order and objects.
 */
export function spansByRange(spans: readonly Span[], ranges: readonly { start: number; end: number }[]): Span[][] {
  const groups: Span[][] = ranges.map(() => []);
  for (const span of spans) {
    if (!(span.start < span.end)) continue;
    // First range ending after the span starts, by binary search: O(n log m + output), not n * m.
    let low = 0;
    let high = ranges.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ranges[middle]!.end <= span.start) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < ranges.length && ranges[i]!.start < span.end; i++) {
      const range = ranges[i]!;
      if (range.start < range.end) groups[i]!.push(span);
    }
  }
  return groups;
}
