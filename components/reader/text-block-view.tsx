'use client';

import { memo } from 'react';
import type { ReaderBlock } from '@/components/reader/text-runs';
import type { Segment } from '@/lib/anchoring/segments';

type Props = {
  layout: ReaderBlock;
  text: string;
  /** Changes exactly when the look of one of this block's highlights changes (colour, selected, pending). */
  lookKey: string;
  /** The class names of a highlighted run (components/reader/highlight-style.ts). */
  classOf: (ids: string[]) => string;
};

// A run carries its start offset (data-s, for mapping selections back to the text) and, when
// highlighted, how many highlights cover it. The ids stay in memory (the layout): with thousands of
// overlapping highlights, listing them on every run would put megabytes of attributes in the DOM.
function runsOf(runs: Segment[], text: string, classOf: Props['classOf']) {
  return runs.map((run) => (
    <span key={run.start} data-s={run.start} data-highlights={run.ids.length || undefined} className={run.ids.length ? classOf(run.ids) : undefined}>
      {text.slice(run.start, run.end)}
    </span>
  ));
}

/** One paragraph, heading or list of the article. Re-renders only when its layout or its look changes. */
export const TextBlockView = memo(
  function TextBlockView({ layout, text, classOf }: Props) {
    const { block, lines } = layout;
    const offsets = { 'data-start': block.start, 'data-end': block.end };
    if (block.kind === 'heading') {
      return <h2 dir="auto" {...offsets} className="mb-3 mt-8 font-sans text-xl font-semibold">{runsOf(lines[0]!.runs, text, classOf)}</h2>;
    }
    if (block.kind === 'list') {
      return (
        <ul {...offsets} className="mb-5 list-disc space-y-1 pl-6">
          {lines.map((line) => <li key={line.start} dir="auto">{runsOf(line.runs, text, classOf)}</li>)}
        </ul>
      );
    }
    return <p dir="auto" {...offsets} className="mb-5">{runsOf(lines[0]!.runs, text, classOf)}</p>;
  },
  (previous, next) => previous.layout === next.layout && previous.lookKey === next.lookKey && previous.text === next.text,
);
