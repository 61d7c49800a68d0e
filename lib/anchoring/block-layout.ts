// Lays highlights out per block (paragraph, heading, list) so that a change re-segments only the
// blocks it touches: spans are bucketed per block once (binary search over the sorted blocks), and a
// block whose own spans are the same as last time keeps its previous layout object, which the
// renderer uses as its memo key. A click is answered from the layout, not from the DOM.
import { buildSegments, spansByRange, type Segment, type Span } from '@/lib/anchoring/segments';

/** A stretch of a block rendered as one line (a list has one per item). */
export type LineRange = { start: number; end: number };
/** A block's runs, line by line, and the spans that produced them. */
export type BlockLayout<B> = { block: B; spans: Span[]; lines: { start: number; runs: Segment[] }[] };

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.id !== y.id || x.start !== y.start || x.end !== y.end)) return false;
  }
  return true;
}

/**
 * One layout per block (blocks sorted, not overlapping). `previous` maps a block object to its last
 * layout: when the block's spans are unchanged (same ids and offsets, in the same order), that
 * layout object is returned again, so the work and the re-render are proportional to what changed.
 */
export function layoutBlocks<B extends { start: number; end: number }>(
  blocks: readonly B[],
  linesOf: (block: B) => LineRange[],
  spans: readonly Span[],
  previous?: ReadonlyMap<B, BlockLayout<B>>,
): BlockLayout<B>[] {
  const buckets = spansByRange(spans, blocks);
  return blocks.map((block, index) => {
    const own = buckets[index]!;
    const before = previous?.get(block);
    if (before && sameSpans(before.spans, own)) return before;
    const lines = linesOf(block).map((line) => ({ start: line.start, runs: buildSegments(own, line.start, line.end) }));
    return { block, spans: own, lines };
  });
}

/** The ids of the highlights covering `offset` in this layout (ordered as in its runs), or []. */
export function idsAt<B>(layout: BlockLayout<B>, offset: number): string[] {
  for (const line of layout.lines) {
    const runs = line.runs;
    let low = 0;
    let high = runs.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const run = runs[middle]!;
      if (offset < run.start) high = middle - 1;
      else if (offset >= run.end) low = middle + 1;
      else return run.ids;
    }
  }
  return [];
}

/** The layout of the block holding `offset` (layouts sorted by block start), by binary search. */
export function layoutAt<B extends { start: number; end: number }>(layouts: readonly BlockLayout<B>[], offset: number): BlockLayout<B> | undefined {
  let low = 0;
  let high = layouts.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const block = layouts[middle]!.block;
    if (offset < block.start) high = middle - 1;
    else if (offset >= block.end) low = middle + 1;
    else return layouts[middle];
  }
  return undefined;
}
