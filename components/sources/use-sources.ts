'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchJson } from '@/lib/client/fetch-json';
import type { SourceDetailDto } from '@/lib/server/ratings/get-source';
import type { SourcesAgreementDto, SourceSummaryDto } from '@/lib/server/ratings/list-sources';

/** An outlet as the Sources page lists it. */
export type SourceSummary = SourceSummaryDto;
/** An outlet with every rating the viewer may see and its history, as the Source page shows it. */
export type SourceDetail = SourceDetailDto;
/** What GET /api/sources answers. */
export type SourcesList = { sources: SourceSummary[]; agreement: SourcesAgreementDto; passageAgreement: SourcesAgreementDto; isBlind: boolean };

export const sourcesKey = (teamId: string) => ['sources', { teamId }] as const;
export const sourceKey = (id: string) => ['source', { id }] as const;

/** The team's outlets, their ratings (blind rule applied) and the team's agreement on them. */
export function useSources(teamId: string) {
  return useQuery({
    queryKey: sourcesKey(teamId),
    queryFn: () => fetchJson<SourcesList>(`/api/sources?teamId=${encodeURIComponent(teamId)}`),
  });
}

/** One outlet; the server page's copy is shown at once and refreshed like any other query. */
export function useSource(initial: SourceDetail) {
  return useQuery({
    queryKey: sourceKey(initial.id),
    queryFn: async () => (await fetchJson<{ source: SourceDetail }>(`/api/sources/${encodeURIComponent(initial.id)}`)).source,
    initialData: initial,
  });
}

/** OWNER only: turns blind-first rating on or off for the whole team. */
export function useBlindSetting(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (blindRatings: boolean) =>
      fetchJson<{ team: { id: string; blindRatings: boolean } }>(`/api/teams/${encodeURIComponent(teamId)}`, { method: 'PATCH', json: { blindRatings } }),
    onSuccess: ({ team }) => {
      queryClient.setQueryData<SourcesList>(sourcesKey(teamId), (list) => list && { ...list, isBlind: team.blindRatings });
      // Every rating the team shows (outlets, passages, article summaries) depends on the rule.
      return queryClient.invalidateQueries();
    },
  });
}
