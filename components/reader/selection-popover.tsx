'use client';

import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/button';
import type { TagDto } from '@/lib/server/tags/tag-dto';

type Props = {
  quote: string;
  tags: TagDto[];
  anchor: DOMRect | null;
  onSave: (input: { tagIds: string[]; note: string }) => void;
  onCancel: () => void;
};

const WIDTH = 340;

function position(anchor: DOMRect | null): CSSProperties | undefined {
  if (!anchor || typeof window === 'undefined' || window.innerWidth < 640) return undefined; // a bottom sheet on phones
  const left = Math.min(Math.max(8, anchor.left), window.innerWidth - WIDTH - 8);
  const below = anchor.bottom + 8;
  return below + 360 < window.innerHeight ? { top: below, left, width: WIDTH } : { bottom: window.innerHeight - anchor.top + 8, left, width: WIDTH };
}

/** Themes (type to filter, digits toggle shortcut themes), a note, Enter to save, Esc to cancel. */
export function SelectionPopover({ quote, tags, anchor, onSave, onCancel }: Props) {
  const [filter, setFilter] = useState('');
  const [note, setNote] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const filterRef = useRef<HTMLInputElement>(null);
  const noteId = useId();
  useEffect(() => filterRef.current?.focus(), []);

  const visible = useMemo(() => tags.filter((tag) => tag.name.toLowerCase().includes(filter.trim().toLowerCase())), [tags, filter]);
  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  function onKeyDown(event: KeyboardEvent) {
    const inNote = event.target instanceof HTMLTextAreaElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      // Typed a filter: Enter picks the first match (Ctrl+Enter saves at once).
      const first = visible[0];
      if (event.target === filterRef.current && filter.trim() && first && !event.ctrlKey && !event.metaKey) {
        toggle(first.id);
        setFilter('');
        return;
      }
      onSave({ tagIds: chosen, note });
    } else if (!inNote && /^[1-9]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const tag = tags.find((candidate) => candidate.shortcut === event.key);
      if (tag) {
        event.preventDefault();
        toggle(tag.id);
      }
    }
  }

  return (
    <div
      role="dialog"
      aria-label="New highlight"
      onKeyDown={onKeyDown}
      style={position(anchor)}
      className="fixed inset-x-2 bottom-2 z-40 rounded-xl border border-slate-200 bg-white p-3 shadow-xl sm:inset-x-auto sm:bottom-auto"
    >
      <p className="mb-2 line-clamp-2 text-xs italic text-slate-600">“{quote}”</p>
      <input
        ref={filterRef}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
        placeholder="Filter themes… (Enter picks, digits toggle)"
        aria-label="Filter themes"
        className="mb-2 w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      <ul role="group" aria-label="Themes" className="mb-2 max-h-48 overflow-y-auto">
        {visible.map((tag) => (
          <li key={tag.id}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-50">
              <input type="checkbox" checked={chosen.includes(tag.id)} onChange={() => toggle(tag.id)} />
              <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ backgroundColor: tag.color }} />
              <span className="flex-1">{tag.name}</span>
              {tag.shortcut && <kbd className="rounded border border-slate-300 px-1 text-xs text-slate-500">{tag.shortcut}</kbd>}
            </label>
          </li>
        ))}
        {visible.length === 0 && <li className="px-1 text-sm text-slate-500">No theme matches “{filter}”.</li>}
      </ul>
      <label htmlFor={noteId} className="sr-only">Note</label>
      <textarea id={noteId} value={note} onChange={(event) => setNote(event.target.value)} rows={2} placeholder="Note (optional; Shift+Enter for a new line)" className="mb-2 w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>Cancel <kbd className="text-xs text-slate-500">Esc</kbd></Button>
        <Button type="button" onClick={() => onSave({ tagIds: chosen, note })}>Save <kbd className="text-xs opacity-80">Enter</kbd></Button>
      </div>
    </div>
  );
}
