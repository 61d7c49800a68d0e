'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchJson } from '@/lib/client/fetch-json';
import type { ApiTokenDto } from '@/lib/server/tokens/api-token-dto';

export type { ApiTokenDto };
const tokensKey = ['tokens'] as const;

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: async () => (await fetchJson<{ tokens: ApiTokenDto[] }>('/api/tokens')).tokens });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => fetchJson<{ token: string; apiToken: ApiTokenDto }>('/api/tokens', { method: 'POST', json: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<void>(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useUpdateName() {
  return useMutation({ mutationFn: (name: string) => fetchJson<{ user: { name: string } }>('/api/account', { method: 'PATCH', json: { name } }) });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) => fetchJson<void>('/api/account/password', { method: 'PUT', json: input }),
  });
}
