'use client';

import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { AnnotationPanel } from '@/components/reader/annotation-panel';
import { ArticleSummary } from '@/components/reader/article-summary';
import { offsetAtPoint, selectionOffsets } from '@/components/reader/dom-offsets';
import { blockHtml, DRAFT_ID, lookFactsOf, looksOf, runClassOf, type ReaderBlock } from '@/components/reader/paint';
import { ReaderToolbar, type ReaderFilters } from '@/components/reader/reader-toolbar';
import { SelectionPopover } from '@/components/reader/selection-popover';
import { TextBlockView } from '@/components/reader/text-block-view';
import { useBlockLayouts } from '@/components/reader/text-runs';
import { useAnnotations, useCreateAnnotation, useDeleteAnnotation, type Annotation } from '@/components/reader/use-annotations';
import { useHighlightIndex } from '@/components/reader/use-highlight-index';
import { useRatePassage } from '@/components/reader/use-ratings';
import { useTeamTags } from '@/components/reader/use-team-tags';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { useToast } from '@/components/ui/toast';
import { useIsClient } from '@/components/ui/use-is-client';
import { idsAt, layoutAt } from '@/lib/anchoring/block-layout';
import { splitBlocks } from '@/lib/corpus/blocks';
import type { ReaderPaint } from '@/lib/server/annotations/reader-paint';
import type { TagDto } from '@/lib/server/tags/tag-dto';

type Props = {
  documentId: string;
  teamId: string;
  text: string;
  user: { id: string; name: string };
  role: 'OWNER' | 'EDITOR' | 'VIEWER';
  /**
   * The text as the server painted it with every highlight (lib/server/annotations/reader-paint.ts)
   * and the team's themes: the page's HTML shows the highlights before the browser has loaded them.
   */
  initial?: { paint: ReaderPaint; tags: TagDto[] };
};
type Draft = { start: number; end: number; rect: DOMRect | null };

const NO_ANNOTATIONS: Annotation[] = [];

/** The article with everyone's highlights: select to highlight, click a highlight to see it. */
export function Reader({ documentId, teamId, text, user, role, initial }: Props) {
  const toast = useToast();
  const annotationsQuery = useAnnotations(documentId, text, user.id);
  const tagsQuery = useTeamTags(teamId, initial?.tags);
  const isHydrated = useIsClient();
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
  // The highlights are painted once the themes are known too (both requests start with the page):
  // painting them before would paint every block twice, the second time with the themes' colours.
  const tagsReady = !tagsQuery.isPending || tagsQuery.failureCount > 0;
  const annotations = (tagsReady && annotationsQuery.data) || NO_ANNOTATIONS;
  const isLoaded = tagsReady && annotationsQuery.data !== undefined;
  // Until the highlights have loaded, the text shows the server's paint of them.
  const paint = isLoaded ? null : (initial?.paint ?? null);
  const index = useHighlightIndex(text, annotations, filters, user.id);
  const blocks = useMemo(() => splitBlocks(text), [text]);

  const selectedIds = useMemo(() => new Set(spotIds ?? []), [spotIds]);
  const looks = useMemo(() => looksOf(index.visible, new Map(allTags.map((tag) => [tag.id, tag.color]))), [index.visible, allTags]);
  const lookFacts = useMemo(() => lookFactsOf(looks, allTags.map((tag) => tag.color)), [looks, allTags]);
  const classOf = useCallback((ids: string[]): string => runClassOf(ids, looks, lookFacts, selectedIds), [looks, lookFacts, selectedIds]);
  const spans = useMemo(() => (draft ? [...index.spans, { id: DRAFT_ID, start: draft.start, end: draft.end }] : index.spans), [index.spans, draft]);
  const layouts = useBlockLayouts(blocks, spans);
  // Per block, a key of how its highlights look: a click that selects highlights, a theme colour or
  // a save writes only the blocks those highlights touch again.
  const lookKeys = useMemo(
    () => layouts.map((layout) => layout.spans.map((span) => (span.id === DRAFT_ID ? 'd' : `${looks.get(span.id)?.token ?? ''}${selectedIds.has(span.id) ? 's' : ''}`)).join(',')),
    [layouts, looks, selectedIds],
  );
  const factsKey = `${[...lookFacts.rank.keys()].join('')}|${lookFacts.colorCount}|${lookFacts.anyPending}`;
  const htmlCache = useRef(new WeakMap<ReaderBlock, { key: string; html: string }>());
  const blockHtmls = useMemo(
    () =>
      layouts.map((layout, i) => {
        const key = `${lookKeys[i]}|${factsKey}`;
        const known = htmlCache.current.get(layout);
        if (known?.key === key) return known.html;
        const html = blockHtml(layout, text, classOf);
        htmlCache.current.set(layout, { key, html });
        return html;
      }),
    [layouts, lookKeys, factsKey, text, classOf],
  );
  // The rules of the server's paint go into the page with it (the browser adds the looks it uses
  // later to a stylesheet of its own as they are first used: runClassName).
  const [paintRules] = useState(() => initial?.paint.rules ?? '');

  const openDraft = useCallback(() => {
    if (!canAnnotate || !textRef.current || !isLoaded) return;
    const selection = window.getSelection();
    const range = selectionOffsets(selection, textRef.current);
    if (!range || text.slice(range.start, range.end).trim() === '') return;
    setSpotIds(null);
    setDraft({ ...range, rect: selection!.getRangeAt(0).getBoundingClientRect() });
  }, [canAnnotate, text, isLoaded]);

  function saveDraft(input: { tagIds: string[]; note: string }) {
    if (!draft) return;
    const { toCodePoint } = index.offsets;
    create.mutate({ start: toCodePoint(draft.start), end: toCodePoint(draft.end), exact: text.slice(draft.start, draft.end), ...input, key: crypto.randomUUID() });
    window.getSelection()?.removeAllRanges();
    setDraft(null);
  }

  /** Opens the panel on the highlights covering `offset` (closes it where there are none). */
  const openSpot = useCallback(
    (offset: number) => {
      const layout = layoutAt(layouts, offset);
      const ids = layout ? idsAt(layout, offset).filter((id) => id !== DRAFT_ID) : [];
      setSpotIds(ids.length ? ids : null);
    },
    [layouts],
  );
  // A click on the server's paint, before the highlights have loaded, is answered once they have;
  // after that, in the same event (a key pressed right after the click finds the panel open).
  const [clickedAt, setClickedAt] = useState<number | null>(null);
  function onTextClick(event: React.MouseEvent) {
    if (draft || !window.getSelection()?.isCollapsed) return;
    const offset = offsetAtPoint(event);
    if (offset === null) setSpotIds(null); // outside the text's runs: close the panel
    else if (isLoaded) openSpot(offset);
    else setClickedAt(offset);
  }
  useEffect(() => {
    if (clickedAt === null || !isLoaded) return;
    openSpot(clickedAt);
    setClickedAt(null);
  }, [clickedAt, isLoaded, openSpot]);

  // ?at=<code point> (links from the dashboard): scroll there once, and open the highlights at that spot.
  const atParam = useSearchParams().get('at');
  const at = atParam === null || atParam === '' ? Number.NaN : Number(atParam); // Number(null) would be 0: the panel would open on every visit
  const hasJumped = useRef(false);
  useEffect(() => {
    if (hasJumped.current || !Number.isInteger(at) || at < 0 || at > index.offsets.codePointLength || !isLoaded) return;
    hasJumped.current = true;
    const offset = index.offsets.toUtf16(at);
    const block = blocks.find((candidate) => candidate.start <= offset && offset < candidate.end) ?? blocks.at(-1);
    if (block) textRef.current?.querySelector(`[data-start="${block.start}"]`)?.scrollIntoView({ block: 'center' });
    const here = index.spans.filter((span) => span.start <= offset && offset < span.end).map((span) => span.id);
    if (here.length) setSpotIds(here);
  }, [at, index, blocks, isLoaded]);

  // How many highlights the text shows, on the text itself (in the server's HTML too), for
  // benchmarks and tests to wait on; and a performance mark after each commit that painted them.
  const paintedCount = isLoaded ? index.visible.length : (paint?.count ?? null);
  const pendingCount = useMemo(() => index.visible.filter((a) => a.isPending).length, [index.visible]);
  useEffect(() => {
    if (isLoaded) performance.mark('credence:highlights-painted', { detail: { count: paintedCount, pending: pendingCount } });
  }, [isLoaded, paintedCount, pendingCount, layouts]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape' && !draft) setSpotIds(null); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [draft]);

  // What the toolbar counts: the server's figures while its paint is shown (the filters wait), then the highlights'.
  const toolbarFacts = paint
    ? { analysts: paint.analysts, counts: new Map(paint.tagCounts), untaggedCount: paint.untagged, total: paint.count, disabled: true }
    : { analysts: index.analysts, counts: index.counts, untaggedCount: index.untagged, total: index.visible.length };
  const spotAnnotations = (spotIds ?? []).map((id) => index.byId.get(id)).filter((a): a is Annotation => Boolean(a));
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
      <div>
        <div className="mb-3">
          <ArticleSummary documentId={documentId} />
        </div>
        <div className="mb-6 rounded-xl border border-slate-200 bg-white/70 p-3">
          <ReaderToolbar filters={filters} onChange={setFilters} tags={allTags} {...toolbarFacts} />
          {!canAnnotate && <p className="mt-2 text-xs text-slate-600">You are a viewer on this team: you can read every highlight but not add any.</p>}
          {annotationsQuery.isError && <p role="alert" className="mt-2 text-xs text-red-700">{annotationsQuery.error.message}</p>}
        </div>
        <style data-credence-initial-highlights="">{paintRules}</style>
        <div
          ref={textRef}
          data-testid="article-text"
          onMouseUp={openDraft}
          onKeyUp={(event) => event.key === 'Shift' && openDraft()}
          onClick={onTextClick}
          className="font-serif text-[1.125rem] leading-[1.75] text-ink"
          data-highlights-painted={paintedCount ?? undefined}
          data-highlights-pending={paintedCount === null ? undefined : pendingCount}
          // Busy until the highlights are loaded and the page can take a selection (hydrated): until
          // then the text shows the server's paint, and clicks and filters wait.
          aria-busy={!isHydrated || !isLoaded}
        >
          {layouts.map((layout, i) => <TextBlockView key={layout.block.start} block={layout.block} html={paint?.blocks[i] ?? blockHtmls[i]!} />)}
        </div>
      </div>
      <div className="lg:sticky lg:top-6 lg:self-start">
        {rate.conflict && (
          <div className="mb-3">
            <ConflictNotice title="You changed this passage’s rating elsewhere since this page loaded." onReload={rate.reload} onOverwrite={() => rate.overwrite(rate.conflict!)}>
              It is now <strong>{rate.conflict.current.credibility}</strong>
              {rate.conflict.current.rationale ? `, “${rate.conflict.current.rationale}”` : ''}. Reload to keep that, or overwrite it with {rate.conflict.attempt.credibility}.
            </ConflictNotice>
          </div>
        )}
        {spotAnnotations.length > 0 ? (
          <AnnotationPanel
            annotations={spotAnnotations}
            tags={tagsById}
            canEdit={(a) => role === 'OWNER' || (role === 'EDITOR' && a.author.id === user.id)}
            canRate={canAnnotate}
            ratingId={rate.mutation.isPending ? (rate.mutation.variables?.annotationId ?? null) : null}
            onRate={(a, credibility, rationale) => rate.mutation.mutate({ annotationId: a.id, credibility, rationale, version: credibility === null ? undefined : a.ratings.mine?.version })}
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

