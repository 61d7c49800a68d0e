'use client';

import { memo } from 'react';
import type { TextBlock } from '@/lib/corpus/blocks';

type Props = {
  block: TextBlock;
  /** The block's runs as HTML (components/reader/paint.ts, blockHtml): the same string on the server and in the browser. */
  html: string;
};

/**
 * One paragraph, heading or list of the article. Its runs are written as HTML (escaped text in
 * spans), not as one React element per run: the server paints the page with them before the
 * browser has the highlights, hydration leaves them as they are, and a block is written again only
 * when its HTML changes (a new highlight, a selection, a theme colour).
 */
export const TextBlockView = memo(function TextBlockView({ block, html }: Props) {
  const offsets = { 'data-start': block.start, 'data-end': block.end };
  const inner = { __html: html };
  if (block.kind === 'heading') return <h2 dir="auto" {...offsets} className="mb-3 mt-8 font-sans text-xl font-semibold" dangerouslySetInnerHTML={inner} />;
  if (block.kind === 'list') return <ul {...offsets} className="mb-5 list-disc space-y-1 pl-6" dangerouslySetInnerHTML={inner} />;
  return <p dir="auto" {...offsets} className="mb-5" dangerouslySetInnerHTML={inner} />;
});
