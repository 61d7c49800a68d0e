'use client';

import { isKept, type ImportItem } from '@/components/library/use-import-items';
import type { ReviewReason } from '@/lib/corpus/review';

export const REASON_LABELS: Record<ReviewReason, string> = {
  'page-chrome': 'Page chrome',
  'duplicate-title': 'Title printed twice',
  'empty-toc': 'Empty table of contents',
  'trailing-boilerplate': 'Site boilerplate after the article',
  'credit-line': 'Credit line',
  dateline: 'Byline or dateline',
  title: 'Title (goes to the Title field)',
  markup: 'Markup without text',
  'html-chrome': 'Left out of the page by the HTML reader (menus, banners, header, footer, sidebars, byline)',
};

/** The article's blocks in reading order; each is a toggle button: kept, or dropped with the reason. */
export function BlockList({ item, disabled, onToggle }: { item: ImportItem; disabled: boolean; onToggle: (index: number) => void }) {
  const kept = item.blocks.filter((block) => isKept(item, block)).length;
  return (
    <div>
      <p className="mb-2 text-sm text-slate-600">
        {kept} of {item.blocks.length} blocks kept. Click a block to keep or drop it.
      </p>
      <ol className="max-h-[32rem] space-y-1.5 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-2" aria-label="Blocks of the article">
        {item.blocks.map((block) => {
          const isOn = isKept(item, block);
          const isChanged = item.flipped.has(block.index);
          return (
            <li key={block.index}>
              <button
                type="button"
                aria-pressed={isOn}
                disabled={disabled}
                onClick={() => onToggle(block.index)}
                className={`block w-full rounded-md border px-3 py-2 text-left text-sm transition-colors ${
                  isOn ? 'border-slate-200 bg-white text-ink hover:border-accent' : 'border-dashed border-slate-300 bg-slate-100 text-slate-500 hover:border-accent'
                }`}
              >
                <span className="mb-1 flex flex-wrap items-center gap-2 text-xs font-medium">
                  <span className={isOn ? 'text-emerald-700' : 'text-slate-600'}>{isOn ? 'Kept' : 'Dropped'}</span>
                  {block.reason && <span className="text-slate-500">{isOn ? `kept although: ${REASON_LABELS[block.reason]}` : REASON_LABELS[block.reason]}</span>}
                  {isChanged && <span className="rounded bg-amber-100 px-1.5 text-amber-900">changed by you</span>}
                </span>
                <span className={`block whitespace-pre-wrap break-words ${isOn ? '' : 'line-through decoration-slate-400'}`}>{block.text}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
