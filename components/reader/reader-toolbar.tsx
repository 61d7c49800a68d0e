'use client';

import type { TagDto } from '@/lib/server/tags/tag-dto';

/** Which highlights the reader shows. */
export type ReaderFilters = { analyst: 'everyone' | 'mine' | string; theme: 'all' | 'none' | string };

type Props = {
  filters: ReaderFilters;
  onChange: (filters: ReaderFilters) => void;
  analysts: { id: string; name: string }[];
  tags: TagDto[];
  counts: Map<string, number>;
  untaggedCount: number;
  total: number;
  /** While the highlights load (the text shows the server's paint): the filters wait for them. */
  disabled?: boolean;
};

const selectClass = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm';

export function ReaderToolbar({ filters, onChange, analysts, tags, counts, untaggedCount, total, disabled = false }: Props) {
  return (
    <section aria-label="Highlight filters" className="space-y-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-1">
          <span className="text-slate-600">Analyst</span>
          <select className={selectClass} disabled={disabled} value={filters.analyst} onChange={(event) => onChange({ ...filters, analyst: event.target.value })}>
            <option value="everyone">Everyone</option>
            <option value="mine">Only mine</option>
            {analysts.map((analyst) => <option key={analyst.id} value={analyst.id}>{analyst.name}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-1">
          <span className="text-slate-600">Theme</span>
          <select className={selectClass} disabled={disabled} value={filters.theme} onChange={(event) => onChange({ ...filters, theme: event.target.value })}>
            <option value="all">All themes</option>
            {tags.map((tag) => <option key={tag.id} value={tag.id}>{tag.name}</option>)}
            <option value="none">No theme</option>
          </select>
        </label>
        <span className="text-slate-500" aria-live="polite">{total} {total === 1 ? 'highlight' : 'highlights'} shown</span>
      </div>
      <ul aria-label="Legend" className="flex flex-wrap gap-1.5">
        {tags.filter((tag) => (counts.get(tag.id) ?? 0) > 0).map((tag) => (
          <li key={tag.id}>
            <button
              type="button"
              disabled={disabled}
              aria-pressed={filters.theme === tag.id}
              onClick={() => onChange({ ...filters, theme: filters.theme === tag.id ? 'all' : tag.id })}
              className={`flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs ${filters.theme === tag.id ? 'border-ink bg-white' : 'border-slate-200 bg-white/60'}`}
            >
              <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: tag.color }} />
              {tag.name} <span className="tabular-nums text-slate-500">{counts.get(tag.id)}</span>
            </button>
          </li>
        ))}
        {untaggedCount > 0 && <li className="px-2 py-0.5 text-xs text-slate-500">No theme {untaggedCount}</li>}
      </ul>
    </section>
  );
}
