// Turns blocks and highlight spans into the runs the reader renders. Each block is laid out on its
// own and keeps its layout object while its own spans are unchanged (see lib/anchoring/block-layout),
// so a new highlight, a draft or a poll re-segments and re-renders only the blocks it touches.
import { useMemo, useRef } from 'react';
import { layoutBlocks, type BlockLayout, type LineRange } from '@/lib/anchoring/block-layout';
import type { Span } from '@/lib/anchoring/segments';
import type { TextBlock } from '@/lib/corpus/blocks';

const LIST_MARKER = /^\s*(?:[-•*◦▪‣]|\d{1,3}[.)])\s+/u;

/** A block ready to render: its lines as runs, and the spans that touch it. */
export type ReaderBlock = BlockLayout<TextBlock>;

/** The stretches of a block that are rendered as text (a list's items, without their markers). */
export function contentRanges(block: TextBlock): LineRange[] {
  if (block.kind !== 'list') return [{ start: block.start, end: block.end }];
  const ranges: LineRange[] = [];
  let lineStart = block.start;
  for (const line of block.text.split('\n')) {
    const marker = LIST_MARKER.exec(line)?.[0].length ?? 0;
    ranges.push({ start: lineStart + marker, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return ranges;
}

/** The blocks' layouts, reusing last render's layout of every block whose spans did not change. */
export function useBlockLayouts(blocks: TextBlock[], spans: Span[]): ReaderBlock[] {
  const previous = useRef<Map<TextBlock, ReaderBlock>>(new Map());
  return useMemo(() => {
    const layouts = layoutBlocks(blocks, contentRanges, spans, previous.current);
    previous.current = new Map(layouts.map((layout) => [layout.block, layout]));
    return layouts;
  }, [blocks, spans]);
}
