'use client';

import { useEffect, useState } from 'react';
import { AnnotationCard } from '@/components/reader/annotation-card';
import type { Annotation } from '@/components/reader/use-annotations';
import { isTyping } from '@/lib/client/is-typing';
import type { TagDto } from '@/lib/server/tags/tag-dto';

type Props = {
  annotations: Annotation[];
  tags: Map<string, TagDto>;
  canEdit: (annotation: Annotation) => boolean;
  canRate: boolean;
  ratingId: string | null;
  onRate: (annotation: Annotation, credibility: number | null, rationale?: string) => void;
  onDelete: (annotation: Annotation) => void;
  onClose: () => void;
};

// Where many highlights overlap, a spot can be covered by hundreds: cards are rendered a page at a
// time (and as far as the keyboard selection goes), not all at once.
const PAGE_SIZE = 20;

/** Every highlight covering the clicked spot. With one selected, keys 1-6 rate it and ↑/↓ move. */
export function AnnotationPanel({ annotations, tags, canEdit, canRate, ratingId, onRate, onDelete, onClose }: Props) {
  const [selected, setSelected] = useState(0);
  const [pageCount, setPageCount] = useState(1);
  const current = annotations[Math.min(selected, annotations.length - 1)];
  const shown = annotations.slice(0, Math.max(pageCount * PAGE_SIZE, selected + 1));

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey || event.repeat || !current) return;
      if (canRate && /^[1-6]$/.test(event.key)) {
        event.preventDefault();
        onRate(current, Number(event.key), current.ratings.mine?.rationale);
      } else if (canRate && (event.key === 'Backspace' || event.key === 'Delete') && current.ratings.mine) {
        event.preventDefault();
        onRate(current, null);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setSelected((index) => Math.max(0, Math.min(annotations.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1))));
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [annotations.length, canRate, current, onRate]);

  return (
    <aside aria-label="Highlights here" className="fixed inset-x-0 bottom-0 z-30 max-h-[60vh] overflow-y-auto border-t border-slate-200 bg-slate-50 p-4 shadow-2xl lg:static lg:max-h-none lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold">
          {annotations.length} {annotations.length === 1 ? 'highlight' : 'highlights'} here
        </h2>
        <button type="button" onClick={onClose} className="rounded px-2 text-sm text-slate-600 hover:bg-slate-200" aria-label="Close the panel">
          Close <kbd className="text-xs">Esc</kbd>
        </button>
      </div>
      {canRate && <p className="mb-2 text-xs text-slate-500">Keys 1–6 rate the selected highlight’s credibility, Backspace withdraws{annotations.length > 1 ? '; ↑ ↓ choose' : ''}.</p>}
      <div className="space-y-3">
        {shown.map((annotation, index) => (
          <AnnotationCard
            key={annotation.id}
            annotation={annotation}
            tags={tags}
            canEdit={canEdit(annotation)}
            canRate={canRate}
            isSelected={annotation.id === current?.id}
            isRatingSaving={ratingId === annotation.id}
            onSelect={() => setSelected(index)}
            onRate={(credibility, rationale) => onRate(annotation, credibility, rationale)}
            onDelete={() => onDelete(annotation)}
          />
        ))}
      </div>
      {shown.length < annotations.length && (
        <button type="button" onClick={() => setPageCount((count) => count + 1)} className="mt-3 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-700 hover:bg-slate-100">
          Show {Math.min(PAGE_SIZE, annotations.length - shown.length)} more of {annotations.length - shown.length} remaining
        </button>
      )}
    </aside>
  );
}
