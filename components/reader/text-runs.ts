// Turns blocks and highlight spans into the runs the reader renders: computed per block, so a
// change to one highlight re-renders only the blocks it touches (see TextBlockView's memo key).
import { buildSegments, spansByRange, type Span } from '@/lib/anchoring/segments';
import type { TextBlock } from '@/lib/corpus/blocks';

const LIST_MARKER = /^\s*(?:[-•*◦▪‣]|\d{1,3}[.)])\s+/u;

/** A stretch of text to render, with the highlights covering it. */
export type Run = { start: number; end: number; ids: string[] };
/** One line of a block (a list has several), as runs. */
export type Line = { start: number; runs: Run[] };
/** A block ready to render, with a key that changes only when its rendering would. */
export type RenderBlock = { block: TextBlock; lines: Line[]; key: string };

function contentRanges(block: TextBlock): { start: number; end: number }[] {
  if (block.kind !== 'list') return [{ start: block.start, end: block.end }];
  const ranges: { start: number; end: number }[] = [];
  let lineStart = block.start;
  for (const line of block.text.split('\n')) {
    const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
    ranges.push({ start: lineStart + marker, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return ranges;
}

/**
 * `styleKeyOf(id)` names everything about a highlight that affects how it looks (colours,
 * selection, pending), so the block key changes exactly when a repaint is needed.
 */
export function buildRenderBlocks(blocks: TextBlock[], spans: Span[], styleKeyOf: (id: string) => string): RenderBlock[] {
  const perBlock = spansByRange(spans, blocks);
  return blocks.map((block, index) => {
    const blockSpans = perBlock[index] ?? [];
    const lines = contentRanges(block).map((range) => ({ start: range.start, runs: buildSegments(blockSpans, range.start, range.end) }));
    const key = lines
      .map((line) => line.runs.map((run) => `${run.start}:${run.end}:${run.ids.map((id) => `${id}=${styleKeyOf(id)}`).join(',')}`).join('|'))
      .join('/');
    return { block, lines, key };
  });
}
