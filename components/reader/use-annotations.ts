'use client';

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { expandReaderAnnotations, type ReaderAnnotationsBody } from '@/lib/annotations/reader-view';
import { createOffsetIndex, type OffsetIndex } from '@/lib/anchoring/offsets';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';
import type { AnnotationDto } from '@/lib/server/annotations/annotation-dto';

export type Annotation = AnnotationDto & { isPending?: boolean };
export type NewAnnotation = { start: number; end: number; exact: string; tagIds: string[]; note: string };

export const annotationsKey = (documentId: string) => ['annotations', { documentId }] as const;

/** Teammates' highlights appear within this many milliseconds, without a reload. */
export const POLL_INTERVAL_MS = 3000;

// When this document's highlights were last written from this tab: a poll that started earlier
// must not overwrite the newer local state.
const lastWriteAt = new Map<string, number>();

// One offset index per article text (the reader and the highlights' expansion share it).
let lastOffsets: OffsetIndex | null = null;
export function offsetIndexOf(text: string): OffsetIndex {
  if (lastOffsets?.text !== text) lastOffsets = createOffsetIndex(text);
  return lastOffsets;
}

/**
 * The article's highlights, polled. It asks for the reader's compact view (docs/API.md: no quotes,
 * names once) and rebuilds the full annotations from the article's text, so 10,000 highlights are
 * about a fifth of the bytes and of the parse. (The page's HTML already shows them, painted on the
 * server: components/reader/paint.ts.)
 */
export function useAnnotations(documentId: string, text: string, viewerId: string) {
  const queryClient = useQueryClient();
  // The ETag of the copy this hook last received: polls ask with it and usually get a 304. A copy
  // this tab held from an earlier visit is shown at once and asked for again in full.
  const etag = useRef<string | null>(null);
  return useQuery({
    queryKey: annotationsKey(documentId),
    refetchInterval: POLL_INTERVAL_MS,
    queryFn: async (): Promise<Annotation[]> => {
      const startedAt = Date.now();
      const cached = queryClient.getQueryData<Annotation[]>(annotationsKey(documentId));
      const headers: HeadersInit = etag.current && cached ? { 'if-none-match': etag.current } : {};
      const response = await fetch(`/api/documents/${documentId}/annotations?view=reader`, { headers, credentials: 'same-origin' });
      if (response.status === 304 && cached) return cached;
      if (!response.ok) throw new ApiError(response.status, 'LOAD', response.status === 401 ? 'Your session has ended: sign in again.' : 'Could not load the highlights; retrying.');
      const body = (await response.json()) as ReaderAnnotationsBody;
      if (startedAt < (lastWriteAt.get(documentId) ?? 0) && cached) {
        etag.current = null; // stale answer: keep local state, fetch everything next time
        return cached;
      }
      etag.current = response.headers.get('etag');
      return expandReaderAnnotations(body, { documentId, offsets: offsetIndexOf(text), viewerId });
    },
  });
}

function touch(documentId: string) {
  lastWriteAt.set(documentId, Date.now());
}

function setAnnotations(queryClient: QueryClient, documentId: string, update: (list: Annotation[]) => Annotation[]) {
  queryClient.setQueryData<Annotation[]>(annotationsKey(documentId), (list) => update(list ?? []));
}

/** Creates a highlight optimistically: it shows at once and disappears again if the server refuses. */
export function useCreateAnnotation(documentId: string, author: { id: string; name: string }, onError: (message: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAnnotation & { key: string }) =>
      fetchJson<{ annotation: Annotation }>(`/api/documents/${documentId}/annotations`, {
        method: 'POST',
        headers: { 'idempotency-key': input.key },
        json: { start: input.start, end: input.end, exact: input.exact, tagIds: input.tagIds, note: input.note },
      }),
    onMutate: async (input) => {
      touch(documentId);
      await queryClient.cancelQueries({ queryKey: annotationsKey(documentId) });
      const now = new Date().toISOString();
      const optimistic: Annotation = {
        id: `pending-${input.key}`, documentId, start: input.start, end: input.end, exact: input.exact, prefix: '', suffix: '',
        note: input.note, version: 1, createdAt: now, updatedAt: now, author, tagIds: input.tagIds, ratings: { mine: null, others: [], hiddenCount: 0, summary: null }, isPending: true,
      };
      setAnnotations(queryClient, documentId, (list) => [...list, optimistic]);
      return { optimisticId: optimistic.id };
    },
    onSuccess: ({ annotation }, _input, context) => {
      touch(documentId);
      setAnnotations(queryClient, documentId, (list) => [...list.filter((a) => a.id !== context.optimisticId && a.id !== annotation.id), annotation]);
    },
    onError: (error, _input, context) => {
      touch(documentId);
      if (context) setAnnotations(queryClient, documentId, (list) => list.filter((a) => a.id !== context.optimisticId));
      onError(`The highlight was not saved: ${error.message}`);
    },
  });
}

/** Edits a highlight's note and themes; on 409 the caller decides between reload and overwrite. */
export function useUpdateAnnotation(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; note?: string; tagIds?: string[]; version?: number }) =>
      fetchJson<{ annotation: Annotation }>(`/api/annotations/${input.id}`, { method: 'PATCH', json: { note: input.note, tagIds: input.tagIds, version: input.version } }),
    onMutate: () => touch(documentId),
    onSuccess: ({ annotation }) => {
      touch(documentId);
      setAnnotations(queryClient, documentId, (list) => list.map((a) => (a.id === annotation.id ? annotation : a)));
    },
  });
}

export function useDeleteAnnotation(documentId: string, onError: (message: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<void>(`/api/annotations/${id}`, { method: 'DELETE' }),
    onMutate: async (id) => {
      touch(documentId);
      await queryClient.cancelQueries({ queryKey: annotationsKey(documentId) });
      const previous = queryClient.getQueryData<Annotation[]>(annotationsKey(documentId));
      setAnnotations(queryClient, documentId, (list) => list.filter((a) => a.id !== id));
      return { previous };
    },
    onError: (error, _id, context) => {
      touch(documentId);
      if (context?.previous) queryClient.setQueryData(annotationsKey(documentId), context.previous);
      onError(`The highlight was not deleted: ${error.message}`);
    },
    onSettled: () => touch(documentId),
  });
}
