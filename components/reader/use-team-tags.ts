'use client';

import { useQuery } from '@tanstack/react-query';
import { fetchJson } from '@/lib/client/fetch-json';
import type { TagDto } from '@/lib/server/tags/tag-dto';

export const tagsKey = (teamId: string) => ['tags', { teamId }] as const;

/** The team's live themes (not archived), for the reader's picker, legend and colours. */
export function useTeamTags(teamId: string) {
  return useQuery({
    queryKey: tagsKey(teamId),
    queryFn: async () => (await fetchJson<{ tags: TagDto[] }>(`/api/tags?teamId=${encodeURIComponent(teamId)}`)).tags,
    staleTime: 30_000,
  });
}
