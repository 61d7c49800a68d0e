'use client';

import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useMembers, useRemoveMember } from '@/components/team/use-team';

/** Leaves the team (refused, with the reason, for its last owner). */
export function LeaveTeam({ teamId, teamName, userId }: { teamId: string; teamName: string; userId: string }) {
  const router = useRouter();
  const leave = useRemoveMember(teamId);
  const members = useMembers(teamId);
  const owners = members.data?.filter((member) => member.role === 'OWNER') ?? [];
  // Said up front rather than after a confirmation that cannot succeed (the server refuses it too).
  const isLastOwner = owners.length === 1 && owners[0]!.userId === userId;
  function onLeave() {
    if (!window.confirm(`Leave ${teamName}? You will no longer see its articles; your highlights and ratings stay.`)) return;
    leave.mutate(userId, {
      onSuccess: () => {
        router.push('/documents');
        router.refresh();
      },
    });
  }
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="mb-1 text-base font-semibold">Leave this team</h2>
      <p className="mb-3 text-sm text-slate-600">
        {isLastOwner
          ? 'You are the last owner: make another member an owner before you leave, so the team keeps someone who can manage it.'
          : 'Your highlights and ratings stay with the team, under your name.'}
      </p>
      <Button variant="secondary" onClick={onLeave} disabled={leave.isPending || isLastOwner}>
        {leave.isPending ? 'Leaving…' : `Leave ${teamName}`}
      </Button>
      {leave.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {leave.error.message}
        </p>
      )}
    </div>
  );
}
