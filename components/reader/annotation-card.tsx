'use client';

import { useState } from 'react';
import { PassageRating } from '@/components/reader/passage-rating';
import { TagChip } from '@/components/reader/tag-chip';
import type { Annotation } from '@/components/reader/use-annotations';
import { useUpdateAnnotation } from '@/components/reader/use-annotations';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/client/fetch-json';
import type { TagDto } from '@/lib/server/tags/tag-dto';

type Props = {
  annotation: Annotation;
  tags: Map<string, TagDto>;
  canEdit: boolean;
  canRate: boolean;
  isSelected: boolean;
  isRatingSaving: boolean;
  onSelect: () => void;
  onRate: (credibility: number | null, rationale?: string) => void;
  onDelete: () => void;
};

const TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** One highlight in the side panel: who, themes, note, when; edit and delete for those allowed. */
export function AnnotationCard({ annotation, tags, canEdit, canRate, isSelected, isRatingSaving, onSelect, onRate, onDelete }: Props) {
  const [isEditing, setIsEditing] = useState(false);
  const [note, setNote] = useState(annotation.note);
  const [tagIds, setTagIds] = useState(annotation.tagIds);
  const [conflict, setConflict] = useState<Annotation | null>(null);
  const update = useUpdateAnnotation(annotation.documentId);

  function save(version = annotation.version) {
    update.mutate(
      { id: annotation.id, note, tagIds, version },
      {
        onSuccess: () => { setIsEditing(false); setConflict(null); },
        onError: (error) => { if (error instanceof ApiError && error.status === 409) setConflict(error.current as Annotation); },
      },
    );
  }

  return (
    <article
      onClick={onSelect}
      aria-current={isSelected ? 'true' : undefined}
      className={`rounded-lg border bg-white p-3 text-sm ${isSelected ? 'border-accent ring-2 ring-accent/30' : 'border-slate-200'}`}
      aria-label={`Highlight by ${annotation.author.name}`}
    >
      <header className="mb-1 flex items-baseline justify-between gap-2">
        <span className="font-medium">{annotation.author.name}</span>
        <time className="text-xs text-slate-500" dateTime={annotation.createdAt}>{TIME.format(new Date(annotation.createdAt))}</time>
      </header>
      <blockquote className="mb-2 border-l-2 border-slate-300 pl-2 font-serif text-slate-700">{annotation.exact}</blockquote>
      {isEditing ? (
        <div className="space-y-2">
          <fieldset className="flex flex-wrap gap-1">
            <legend className="sr-only">Themes</legend>
            {[...tags.values()].filter((tag) => !tag.archived || annotation.tagIds.includes(tag.id)).map((tag) => (
              <label key={tag.id} className="flex items-center gap-1 rounded border border-slate-200 px-1.5 py-0.5 text-xs">
                <input type="checkbox" checked={tagIds.includes(tag.id)} onChange={() => setTagIds((ids) => (ids.includes(tag.id) ? ids.filter((x) => x !== tag.id) : [...ids, tag.id]))} />
                {tag.name}
              </label>
            ))}
          </fieldset>
          <label className="block text-xs text-slate-600">
            Note
            <textarea value={note} onChange={(event) => setNote(event.target.value)} rows={3} className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm" />
          </label>
          {conflict && (
            <div role="alert" className="rounded bg-amber-50 p-2 text-xs text-amber-900">
              Someone changed this highlight since you opened it.
              <div className="mt-1 flex gap-2">
                <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => { setNote(conflict.note); setTagIds(conflict.tagIds); setConflict(null); }}>Reload theirs</Button>
                <Button type="button" className="px-2 py-1" onClick={() => save(conflict.version)}>Overwrite</Button>
              </div>
            </div>
          )}
          {update.error && !conflict && <p role="alert" className="text-xs text-red-700">{update.error.message}</p>}
          <div className="flex gap-2">
            <Button type="button" className="px-3 py-1" disabled={update.isPending} onClick={() => save()}>{update.isPending ? 'Saving…' : 'Save'}</Button>
            <Button type="button" variant="ghost" className="px-3 py-1" onClick={() => setIsEditing(false)}>Cancel</Button>
          </div>
        </div>
      ) : (
        <>
          <div className="mb-1 flex flex-wrap gap-1">
            {annotation.tagIds.map((id) => { const tag = tags.get(id); return tag ? <TagChip key={id} tag={tag} /> : null; })}
            {annotation.tagIds.length === 0 && <span className="text-xs text-slate-500">No theme</span>}
          </div>
          {annotation.note && <p className="whitespace-pre-wrap text-slate-800">{annotation.note}</p>}
          {annotation.isPending && <p className="text-xs text-slate-500">Saving…</p>}
          <PassageRating annotation={annotation} canRate={canRate} isSaving={isRatingSaving} onRate={onRate} />
          {canEdit && !annotation.isPending && (
            <div className="mt-2 flex gap-2">
              <Button type="button" variant="secondary" className="px-2 py-1" onClick={() => { setNote(annotation.note); setTagIds(annotation.tagIds); setIsEditing(true); }}>Edit</Button>
              <Button type="button" variant="ghost" className="px-2 py-1 text-red-700" onClick={onDelete}>Delete</Button>
            </div>
          )}
        </>
      )}
    </article>
  );
}
