'use client';

import { AnnotationCard } from '@/components/reader/annotation-card';
import type { Annotation } from '@/components/reader/use-annotations';
import type { TagDto } from '@/lib/server/tags/tag-dto';

type Props = {
  annotations: Annotation[];
  tags: Map<string, TagDto>;
  canEdit: (annotation: Annotation) => boolean;
  onDelete: (annotation: Annotation) => void;
  onClose: () => void;
};

/** Every highlight covering the clicked spot. */
export function AnnotationPanel({ annotations, tags, canEdit, onDelete, onClose }: Props) {
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
      <div className="space-y-3">
        {annotations.map((annotation) => (
          <AnnotationCard key={annotation.id} annotation={annotation} tags={tags} canEdit={canEdit(annotation)} onDelete={() => onDelete(annotation)} />
        ))}
      </div>
    </aside>
  );
}
