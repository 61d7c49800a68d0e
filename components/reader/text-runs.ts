// Turns blocks and highlight spans into the runs the reader renders. Each block is laid out on its
// own and keeps its layout object while its own spans are unchanged (see lib/anchoring/block-layout),
// so a new highlight, a draft or a poll re-segments and re-paints only the blocks it touches.
import { useMemo, useRef } from 'react';
import { contentRanges, type ReaderBlock } from '@/components/reader/paint';
import { layoutBlocks } from '@/lib/anchoring/block-layout';
import type { Span } from '@/lib/anchoring/segments';
import type { TextBlock } from '@/lib/corpus/blocks';

/** The blocks' layouts, reusing last render's layout of every block whose spans did not change. */
export function useBlockLayouts(blocks: TextBlock[], spans: Span[]): ReaderBlock[] {
  const previous = useRef<Map<TextBlock, ReaderBlock>>(new Map());
  return useMemo(() => {
    const layouts = layoutBlocks(blocks, contentRanges, spans, previous.current);
    previous.current = new Map(layouts.map((layout) => [layout.block, layout]));
    return layouts;
  }, [blocks, spans]);
}
