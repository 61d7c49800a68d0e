'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';
import type { ExportPreview } from '@/lib/export/export-types';

/** How long the filters must stay still before the preview is asked again. */
export const PREVIEW_DEBOUNCE_MS = 250;

export const exportPreviewKey = (query: string) => ['export-preview', { query }] as const;

/** The value, once it has not changed for `delayMs`. */
function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The count and first rows of the export for a preview query string (exportPreviewQuery). The
 * previous answer stays on screen while the next one loads; `isUpdating` says it is out of date.
 */
export function useExportPreview(query: string) {
  const settledQuery = useDebouncedValue(query, PREVIEW_DEBOUNCE_MS);
  const result = useQuery({
    queryKey: exportPreviewKey(settledQuery),
    queryFn: async ({ signal }) => (await fetchJson<{ preview: ExportPreview }>(`/api/export/preview?${settledQuery}`, { signal })).preview,
    placeholderData: keepPreviousData,
    // A 422 answers the same until the filters change; other failures get one more try.
    retry: (failures, error) => failures < 1 && !(error instanceof ApiError && [401, 404, 422].includes(error.status)),
    staleTime: 5_000,
  });
  return { ...result, isUpdating: query !== settledQuery || result.isFetching };
}
