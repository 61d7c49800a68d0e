'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/lib/client/fetch-json';
import type { TagDto } from '@/lib/server/tags/tag-dto';

// The same cache entry as the themes page: every theme, archived ones included.
export const tagsKey = (teamId: string) => ['tags', { teamId, archived: 'include' }] as const;

/** The team's themes (from the page's copy when there is one), archived ones included: highlights keep an archived theme's colour and name. */
export function useTeamTags(teamId: string, initial?: TagDto[]) {
  return useQuery({
    queryKey: tagsKey(teamId),
    queryFn: async () => (await fetchJson<{ tags: TagDto[] }>(`/api/tags?teamId=${encodeURIComponent(teamId)}&archived=include`)).tags,
    staleTime: 30_000,
    ...(initial && { initialData: initial, initialDataUpdatedAt: Date.now() }),
  });
}
