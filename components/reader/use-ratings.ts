'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { annotationsKey, type Annotation } from '@/components/reader/use-annotations';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';
import type { DocumentAgreementDto } from '@/lib/server/ratings/document-agreement';
import type { PassageRatingsDto } from '@/lib/server/ratings/passage-ratings';

export const agreementKey = (documentId: string) => ['document-agreement', { documentId }] as const;

/** The article's Admiralty summary and agreement; refreshed whenever a rating changes here. */
export function useDocumentAgreement(documentId: string) {
  return useQuery({ queryKey: agreementKey(documentId), queryFn: () => fetchJson<DocumentAgreementDto>(`/api/documents/${documentId}/agreement`), refetchInterval: 15_000 });
}

/** A rating save refused because the stored one changed since this page read it (another tab). */
export type PassageRatingConflict = {
  annotationId: string;
  attempt: { credibility: number; rationale: string };
  current: { credibility: number; rationale: string; version: number };
};

/**
 * Sets or withdraws the user's credibility rating of a passage. A change of an existing rating
 * carries the version this page saw; a 409 becomes `conflict`, for the reader to offer reload or
 * overwrite.
 */
export function useRatePassage(documentId: string, onError: (message: string) => void) {
  const queryClient = useQueryClient();
  const [conflict, setConflict] = useState<PassageRatingConflict | null>(null);
  const apply = (annotationId: string, ratings: PassageRatingsDto) => {
    queryClient.setQueryData<Annotation[]>(annotationsKey(documentId), (list) => list?.map((a) => (a.id === annotationId ? { ...a, ratings } : a)));
    void queryClient.invalidateQueries({ queryKey: agreementKey(documentId) });
  };
  const mutation = useMutation({
    mutationFn: async (input: { annotationId: string; credibility: number | null; rationale?: string; version?: number }) => {
      if (input.credibility === null) {
        await fetchJson<void>(`/api/annotations/${input.annotationId}/rating`, { method: 'DELETE' });
        return null;
      }
      return (await fetchJson<{ ratings: PassageRatingsDto }>(`/api/annotations/${input.annotationId}/rating`, { method: 'PUT', json: { credibility: input.credibility, rationale: input.rationale ?? '', version: input.version } })).ratings;
    },
    onSuccess: (ratings, input) => {
      if (ratings) apply(input.annotationId, ratings);
      else void queryClient.invalidateQueries({ queryKey: annotationsKey(documentId) }).then(() => queryClient.invalidateQueries({ queryKey: agreementKey(documentId) }));
    },
    onMutate: () => setConflict(null),
    onError: (error, input) => {
      if (error instanceof ApiError && error.status === 409 && error.current && input.credibility !== null) {
        setConflict({ annotationId: input.annotationId, attempt: { credibility: input.credibility, rationale: input.rationale ?? '' }, current: error.current as PassageRatingConflict['current'] });
        return;
      }
      onError(`The rating was not saved: ${error.message}`);
    },
  });
  return {
    mutation,
    conflict,
    /** Takes the stored rating: the highlights are read again and the conflict closes. */
    reload: () => {
      setConflict(null);
      void queryClient.invalidateQueries({ queryKey: annotationsKey(documentId) });
    },
    /** Saves this page's choice over the stored one (with the stored version). */
    overwrite: (stale: PassageRatingConflict) => mutation.mutate({ annotationId: stale.annotationId, ...stale.attempt, version: stale.current.version }),
  };
}
