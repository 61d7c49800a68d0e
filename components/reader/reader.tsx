'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { AnnotationPanel } from '@/components/reader/annotation-panel';
import { ArticleSummary } from '@/components/reader/article-summary';
import { offsetAtEventTarget, selectionOffsets } from '@/components/reader/dom-offsets';
import { runStyle } from '@/components/reader/highlight-style';
import { ReaderToolbar, type ReaderFilters } from '@/components/reader/reader-toolbar';
import { SelectionPopover } from '@/components/reader/selection-popover';
import { TextBlockView } from '@/components/reader/text-block-view';
import { buildRenderBlocks } from '@/components/reader/text-runs';
import { useAnnotations, useCreateAnnotation, useDeleteAnnotation, type Annotation } from '@/components/reader/use-annotations';
import { useHighlightIndex } from '@/components/reader/use-highlight-index';
import { useRatePassage } from '@/components/reader/use-ratings';
import { useTeamTags } from '@/components/reader/use-team-tags';
import { useToast } from '@/components/ui/toast';
import { splitBlocks } from '@/lib/corpus/blocks';

type Props = { documentId: string; teamId: string; text: string; user: { id: string; name: string }; role: 'OWNER' | 'EDITOR' | 'VIEWER' };
type Draft = { start: number; end: number; rect: DOMRect | null };

const DRAFT_ID = '__draft';

/** The article with everyone's highlights: select to highlight, click a highlight to see it. */
export function Reader({ documentId, teamId, text, user, role }: Props) {
  const toast = useToast();
  const annotationsQuery = useAnnotations(documentId);
  const tagsQuery = useTeamTags(teamId);
  const create = useCreateAnnotation(documentId, user, toast.show);
  const remove = useDeleteAnnotation(documentId, toast.show);
  const rate = useRatePassage(documentId, toast.show);
  const [filters, setFilters] = useState<ReaderFilters>({ analyst: 'everyone', theme: 'all' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [spotIds, setSpotIds] = useState<string[] | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const canAnnotate = role !== 'VIEWER';

  const allTags = useMemo(() => tagsQuery.data ?? [], [tagsQuery.data]);
  const tagsById = useMemo(() => new Map(allTags.map((tag) => [tag.id, tag])), [allTags]);
  const tags = useMemo(() => allTags.filter((tag) => !tag.archived), [allTags]); // what can be applied
  const index = useHighlightIndex(text, annotationsQuery.data ?? [], filters, user.id);
  const blocks = useMemo(() => splitBlocks(text), [text]);

  const selectedIds = useMemo(() => new Set(spotIds ?? []), [spotIds]);
  const colorsOf = useCallback((a: Annotation) => a.tagIds.map((id) => tagsById.get(id)?.color).filter((c): c is string => Boolean(c)), [tagsById]);
  const styleKeyOf = useCallback(
    (id: string) => {
      const a = index.byId.get(id);
      return a ? `${colorsOf(a).join('')}${selectedIds.has(id) ? 's' : ''}${a.isPending ? 'p' : ''}` : 'draft';
    },
    [index.byId, colorsOf, selectedIds],
  );
  const styleOf = useCallback(
    (ids: string[]): CSSProperties => {
      const covering = ids.map((id) => index.byId.get(id)).filter((a): a is Annotation => Boolean(a));
      const colors = [...new Set(covering.flatMap(colorsOf))];
      if (ids.includes(DRAFT_ID)) return { backgroundColor: 'rgba(31, 95, 139, 0.25)', borderRadius: 2 };
      return runStyle(colors, ids.length, ids.some((id) => selectedIds.has(id)), covering.some((a) => a.isPending));
    },
    [index.byId, colorsOf, selectedIds],
  );
  const spans = useMemo(() => (draft ? [...index.spans, { id: DRAFT_ID, start: draft.start, end: draft.end }] : index.spans), [index.spans, draft]);
  const renderBlocks = useMemo(() => buildRenderBlocks(blocks, spans, styleKeyOf), [blocks, spans, styleKeyOf]);

  const openDraft = useCallback(() => {
    if (!canAnnotate || !textRef.current) return;
    const selection = window.getSelection();
    const range = selectionOffsets(selection, textRef.current);
    if (!range || text.slice(range.start, range.end).trim() === '') return;
    setSpotIds(null);
    setDraft({ ...range, rect: selection!.getRangeAt(0).getBoundingClientRect() });
  }, [canAnnotate, text]);

  function saveDraft(input: { tagIds: string[]; note: string }) {
    if (!draft) return;
    const { toCodePoint } = index.offsets;
    create.mutate({ start: toCodePoint(draft.start), end: toCodePoint(draft.end), exact: text.slice(draft.start, draft.end), ...input, key: crypto.randomUUID() });
    window.getSelection()?.removeAllRanges();
    setDraft(null);
  }

  function onTextClick(event: React.MouseEvent) {
    if (draft || !window.getSelection()?.isCollapsed) return;
    const ids = (event.target as Element).closest('[data-ids]')?.getAttribute('data-ids')?.split(' ').filter((id) => id !== DRAFT_ID);
    setSpotIds(ids?.length && offsetAtEventTarget(event.target) !== null ? ids : null);
  }

  // ?at=<code point> (links from the dashboard): scroll there once, and open the highlights at that spot.
  const at = Number(useSearchParams().get('at'));
  const hasJumped = useRef(false);
  useEffect(() => {
    if (hasJumped.current || !Number.isInteger(at) || at < 0 || at > index.offsets.codePointLength || annotationsQuery.isPending) return;
    hasJumped.current = true;
    const offset = index.offsets.toUtf16(at);
    const block = blocks.find((candidate) => candidate.start <= offset && offset < candidate.end) ?? blocks.at(-1);
    if (block) textRef.current?.querySelector(`[data-start="${block.start}"]`)?.scrollIntoView({ block: 'center' });
    const here = index.spans.filter((span) => span.start <= offset && offset < span.end).map((span) => span.id);
    if (here.length) setSpotIds(here);
  }, [at, index, blocks, annotationsQuery.isPending]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape' && !draft) setSpotIds(null); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draft]);

  const spotAnnotations = (spotIds ?? []).map((id) => index.byId.get(id)).filter((a): a is Annotation => Boolean(a));
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
      <div>
        <div className="mb-3">
          <ArticleSummary documentId={documentId} />
        </div>
        <div className="mb-6 rounded-xl border border-slate-200 bg-white/70 p-3">
          <ReaderToolbar filters={filters} onChange={setFilters} analysts={index.analysts} tags={allTags} counts={index.counts} untaggedCount={index.untagged} total={index.visible.length} />
          {!canAnnotate && <p className="mt-2 text-xs text-slate-600">You are a viewer on this team: you can read every highlight but not add any.</p>}
          {annotationsQuery.isError && <p role="alert" className="mt-2 text-xs text-red-700">{annotationsQuery.error.message}</p>}
        </div>
        <div ref={textRef} data-testid="article-text" onMouseUp={openDraft} onKeyUp={(event) => event.key === 'Shift' && openDraft()} onClick={onTextClick} className="font-serif text-[1.125rem] leading-[1.75] text-ink" aria-busy={annotationsQuery.isPending || tagsQuery.isPending}>
          {renderBlocks.map((item) => <TextBlockView key={item.block.start} item={item} text={text} styleOf={styleOf} />)}
        </div>
      </div>
      <div className="lg:sticky lg:top-6 lg:self-start">
        {spotAnnotations.length > 0 ? (
          <AnnotationPanel
            annotations={spotAnnotations}
            tags={tagsById}
            canEdit={(a) => role === 'OWNER' || (role === 'EDITOR' && a.author.id === user.id)}
            canRate={canAnnotate}
            ratingId={rate.isPending ? (rate.variables?.annotationId ?? null) : null}
            onRate={(a, credibility, rationale) => rate.mutate({ annotationId: a.id, credibility, rationale })}
            onDelete={(a) => { remove.mutate(a.id); setSpotIds((ids) => ids?.filter((id) => id !== a.id) ?? null); }}
            onClose={() => setSpotIds(null)}
          />
        ) : (
          <p className="hidden text-sm text-slate-500 lg:block">{canAnnotate ? 'Select text to highlight it. Click a highlight to see who marked it and why.' : 'Click a highlight to see who marked it and why.'}</p>
        )}
      </div>
      {draft && <SelectionPopover quote={text.slice(draft.start, draft.end)} tags={tags} anchor={draft.rect} onSave={saveDraft} onCancel={() => { setDraft(null); window.getSelection()?.removeAllRanges(); }} />}
      {toast.view}
    </div>
  );
}
