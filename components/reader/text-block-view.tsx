'use client';

import { memo, type CSSProperties } from 'react';
import type { RenderBlock, Run } from '@/components/reader/text-runs';

type Props = { item: RenderBlock; text: string; styleOf: (ids: string[]) => CSSProperties | undefined };

function RunView({ run, text, styleOf }: { run: Run; text: string; styleOf: Props['styleOf'] }) {
  const style = run.ids.length ? styleOf(run.ids) : undefined;
  return (
    <span data-s={run.start} data-ids={run.ids.length ? run.ids.join(' ') : undefined} style={style}>
      {text.slice(run.start, run.end)}
    </span>
  );
}

/** One paragraph, heading or list of the article. Re-renders only when its own runs change. */
export const TextBlockView = memo(
  function TextBlockView({ item, text, styleOf }: Props) {
    const { block, lines } = item;
    const runsOf = (index: number) => lines[index]!.runs.map((run) => <RunView key={run.start} run={run} text={text} styleOf={styleOf} />);
    const offsets = { 'data-start': block.start, 'data-end': block.end };
    if (block.kind === 'heading') {
      return <h2 dir="auto" {...offsets} className="mb-3 mt-8 font-sans text-xl font-semibold">{runsOf(0)}</h2>;
    }
    if (block.kind === 'list') {
      return (
        <ul {...offsets} className="mb-5 list-disc space-y-1 pl-6">
          {lines.map((line, index) => <li key={line.start} dir="auto">{runsOf(index)}</li>)}
        </ul>
      );
    }
    return <p dir="auto" {...offsets} className="mb-5">{runsOf(0)}</p>;
  },
  (previous, next) => previous.item.key === next.item.key && previous.item.block.start === next.item.block.start && previous.text === next.text,
);
