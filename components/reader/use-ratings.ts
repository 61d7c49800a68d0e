'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { annotationsKey, type Annotation } from '@/components/reader/use-annotations';
import { fetchJson } from '@/lib/client/fetch-json';
import type { DocumentAgreementDto } from '@/lib/server/ratings/document-agreement';
import type { PassageRatingsDto } from '@/lib/server/ratings/passage-ratings';

export const agreementKey = (documentId: string) => ['document-agreement', { documentId }] as const;

/** The article's Admiralty summary and agreement; refreshed whenever a rating changes here. */
export function useDocumentAgreement(documentId: string) {
  return useQuery({ queryKey: agreementKey(documentId), queryFn: () => fetchJson<DocumentAgreementDto>(`/api/documents/${documentId}/agreement`), refetchInterval: 15_000 });
}

/** Sets or withdraws the user's credibility rating of a passage. */
export function useRatePassage(documentId: string, onError: (message: string) => void) {
  const queryClient = useQueryClient();
  const apply = (annotationId: string, ratings: PassageRatingsDto) => {
    queryClient.setQueryData<Annotation[]>(annotationsKey(documentId), (list) => list?.map((a) => (a.id === annotationId ? { ...a, ratings } : a)));
    void queryClient.invalidateQueries({ queryKey: agreementKey(documentId) });
  };
  return useMutation({
    mutationFn: async (input: { annotationId: string; credibility: number | null; rationale?: string }) => {
      if (input.credibility === null) {
        await fetchJson<void>(`/api/annotations/${input.annotationId}/rating`, { method: 'DELETE' });
        return null;
      }
      return (await fetchJson<{ ratings: PassageRatingsDto }>(`/api/annotations/${input.annotationId}/rating`, { method: 'PUT', json: { credibility: input.credibility, rationale: input.rationale ?? '' } })).ratings;
    },
    onSuccess: (ratings, input) => {
      if (ratings) apply(input.annotationId, ratings);
      else void queryClient.invalidateQueries({ queryKey: annotationsKey(documentId) }).then(() => queryClient.invalidateQueries({ queryKey: agreementKey(documentId) }));
    },
    onError: (error) => onError(`The rating was not saved: ${error.message}`),
  });
}
