'use client';

import { useMemo } from 'react';
import { sortAnalysts } from '@/components/reader/paint';
import type { Span } from '@/lib/anchoring/segments';
import { offsetIndexOf, type Annotation } from '@/components/reader/use-annotations';
import type { ReaderFilters } from '@/components/reader/reader-toolbar';

/** Filters the highlights and converts their code-point offsets to UTF-16 spans for the DOM. */
export function useHighlightIndex(text: string, annotations: Annotation[], filters: ReaderFilters, userId: string) {
  const offsets = useMemo(() => offsetIndexOf(text), [text]);
  return useMemo(() => {
    const byAnalyst = annotations.filter((a) =>
      filters.analyst === 'everyone' ? true : filters.analyst === 'mine' ? a.author.id === userId : a.author.id === filters.analyst,
    );
    const counts = new Map<string, number>();
    let untagged = 0;
    for (const annotation of byAnalyst) {
      if (annotation.tagIds.length === 0) untagged++;
      for (const id of annotation.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const visible = byAnalyst.filter((a) =>
      filters.theme === 'all' ? true : filters.theme === 'none' ? a.tagIds.length === 0 : a.tagIds.includes(filters.theme),
    );
    const byId = new Map(visible.map((a) => [a.id, a]));
    const spans: Span[] = visible.map((a) => ({ id: a.id, start: offsets.toUtf16(a.start), end: offsets.toUtf16(a.end) }));
    const analysts = new Map<string, string>();
    for (const annotation of annotations) analysts.set(annotation.author.id, annotation.author.name);
    return { offsets, visible, byId, spans, counts, untagged, analysts: sortAnalysts([...analysts].map(([id, name]) => ({ id, name }))) };
  }, [annotations, filters, offsets, userId]);
}
