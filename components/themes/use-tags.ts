'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, fetchJson } from '@/lib/client/fetch-json';
import type { TagDto } from '@/lib/server/tags/tag-dto';
import type { CreateTagInput, UpdateTagInput } from '@/lib/validation/tags';

export type Theme = TagDto;

/** Every query about a team's themes starts with this key, so one invalidation refreshes them all. */
export const teamTagsKey = (teamId: string) => ['tags', { teamId }] as const;
// Its own key: the reader caches only live themes under ['tags', { teamId }].
const allTagsKey = (teamId: string) => ['tags', { teamId, archived: 'include' }] as const;

/** The team's themes, live and archived, for the Themes page. */
export function useThemes(teamId: string) {
  return useQuery({
    queryKey: allTagsKey(teamId),
    queryFn: async () => (await fetchJson<{ tags: Theme[] }>(`/api/tags?teamId=${encodeURIComponent(teamId)}&archived=include`)).tags,
  });
}

function useInvalidateTags(teamId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: teamTagsKey(teamId) });
}

export function useCreateTheme(teamId: string) {
  const invalidate = useInvalidateTags(teamId);
  return useMutation({
    mutationFn: (input: CreateTagInput) => fetchJson<{ tag: Theme }>('/api/tags', { method: 'POST', json: input }),
    onSuccess: invalidate,
  });
}

/** Edits, archives or restores a theme; a stale `version` fails with a 409 carrying `current`. */
export function useUpdateTheme(teamId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateTags(teamId);
  return useMutation({
    mutationFn: ({ id, ...input }: UpdateTagInput & { id: string }) =>
      fetchJson<{ tag: Theme }>(`/api/tags/${encodeURIComponent(id)}`, { method: 'PATCH', json: input }),
    onSuccess: ({ tag }) => {
      queryClient.setQueryData<Theme[]>(allTagsKey(teamId), (list) => list?.map((item) => (item.id === tag.id ? tag : item)));
      return invalidate();
    },
    // A refused edit often means the list is out of date (a teammate's change, a taken shortcut).
    onError: invalidate,
  });
}

/** Moves the highlights of theme `id` to `into`, then deletes `id`. */
export function useMergeTheme(teamId: string) {
  const invalidate = useInvalidateTags(teamId);
  return useMutation({
    mutationFn: ({ id, into }: { id: string; into: string }) =>
      fetchJson<{ tag: Theme }>(`/api/tags/${encodeURIComponent(id)}/merge`, { method: 'POST', json: { into } }),
    onSuccess: invalidate,
  });
}

/** The theme as stored now, when a save failed because someone else changed it first. */
export function staleTheme(error: unknown): Theme | null {
  return error instanceof ApiError && error.status === 409 && error.current ? (error.current as Theme) : null;
}

/** The first server-side message for each field of a failed save. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(Object.entries(error.fields).flatMap(([field, messages]) => (messages[0] ? [[field, messages[0]]] : [])));
}

export function countHighlights(usage: number): string {
  return `${usage} ${usage === 1 ? 'highlight' : 'highlights'}`;
}
