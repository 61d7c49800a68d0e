'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchJson } from '@/lib/client/fetch-json';
import type { TeamSummary } from '@/lib/server/teams/list-teams';
import type { InviteDto } from '@/lib/server/teams/invite-dto';
import type { MemberDto } from '@/lib/server/teams/list-members';
import type { CreateInviteInput } from '@/lib/validation/teams';

export type Role = MemberDto['role'];
export type { InviteDto, MemberDto };

const membersKey = (teamId: string) => ['members', { teamId }] as const;
const invitesKey = (teamId: string) => ['invites', { teamId }] as const;
const teamPath = (teamId: string) => `/api/teams/${encodeURIComponent(teamId)}`;

export function useMembers(teamId: string) {
  return useQuery({ queryKey: membersKey(teamId), queryFn: async () => (await fetchJson<{ members: MemberDto[] }>(`${teamPath(teamId)}/members`)).members });
}

export function useInvites(teamId: string, isEnabled: boolean) {
  return useQuery({
    queryKey: invitesKey(teamId),
    queryFn: async () => (await fetchJson<{ invites: InviteDto[] }>(`${teamPath(teamId)}/invites`)).invites,
    enabled: isEnabled,
  });
}

export function useChangeRole(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      fetchJson<{ member: MemberDto }>(`${teamPath(teamId)}/members/${encodeURIComponent(userId)}`, { method: 'PATCH', json: { role } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKey(teamId) }),
  });
}

/** Removes a member, or (for your own id) leaves the team. */
export function useRemoveMember(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => fetchJson<void>(`${teamPath(teamId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKey(teamId) }),
  });
}

export function useCreateInvite(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateInviteInput) => fetchJson<{ invite: InviteDto; url: string }>(`${teamPath(teamId)}/invites`, { method: 'POST', json: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitesKey(teamId) }),
  });
}

export function useRevokeInvite(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) => fetchJson<{ invite: InviteDto }>(`/api/invites/${encodeURIComponent(inviteId)}`, { method: 'DELETE' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invitesKey(teamId) }),
  });
}

export function useCreateTeam() {
  return useMutation({ mutationFn: (name: string) => fetchJson<{ team: TeamSummary }>('/api/teams', { method: 'POST', json: { name } }) });
}

export const ROLE_LABEL: Record<Role, string> = { OWNER: 'Owner', EDITOR: 'Editor', VIEWER: 'Viewer' };
export const ROLES: Role[] = ['OWNER', 'EDITOR', 'VIEWER'];
