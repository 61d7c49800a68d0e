'use client';

import { useId, useState } from 'react';
import { LoadError } from '@/components/sources/load-error';
import { Button } from '@/components/ui/button';
import { ROLE_LABEL, ROLES, useChangeRole, useMembers, useRemoveMember, type MemberDto, type Role } from '@/components/team/use-team';

/** The team's members: read-only for editors and viewers; owners change roles and remove people. */
export function MembersList({ teamId, userId, canManage }: { teamId: string; userId: string; canManage: boolean }) {
  const members = useMembers(teamId);
  const changeRole = useChangeRole(teamId);
  const remove = useRemoveMember(teamId);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  if (members.data === undefined) {
    if (members.isError) {
      return <LoadError title="The members could not be loaded" message={members.error.message} onRetry={() => members.refetch()} isRetrying={members.isFetching} />;
    }
    return <div aria-busy="true" aria-label="Loading members" className="h-48 animate-pulse rounded-xl bg-slate-100" />;
  }

  function onRole(member: MemberDto, role: Role) {
    setMessage(null);
    changeRole.mutate(
      { userId: member.userId, role },
      {
        onSuccess: () => setMessage({ text: `${member.name} is now ${ROLE_LABEL[role].toLowerCase()}.`, isError: false }),
        onError: (error) => setMessage({ text: error.message, isError: true }),
      },
    );
  }

  function onRemove(member: MemberDto) {
    if (!window.confirm(`Remove ${member.name} (${member.email}) from the team? Their highlights and ratings stay.`)) return;
    setMessage(null);
    remove.mutate(member.userId, {
      onSuccess: () => setMessage({ text: `${member.name} was removed from the team.`, isError: false }),
      onError: (error) => setMessage({ text: error.message, isError: true }),
    });
  }

  const isBusy = changeRole.isPending || remove.isPending;
  return (
    <div className="space-y-3">
      {message && (
        <p role={message.isError ? 'alert' : 'status'} className={`rounded-md px-3 py-2 text-sm ${message.isError ? 'bg-red-50 text-red-800' : 'bg-emerald-50 text-emerald-900'}`}>
          {message.text}
        </p>
      )}
      <ul aria-label="Members" className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {members.data.map((member) => (
          <MemberRow key={member.userId} member={member} isSelf={member.userId === userId} canManage={canManage} isBusy={isBusy} onRole={onRole} onRemove={onRemove} />
        ))}
      </ul>
    </div>
  );
}

type RowProps = { member: MemberDto; isSelf: boolean; canManage: boolean; isBusy: boolean; onRole: (m: MemberDto, r: Role) => void; onRemove: (m: MemberDto) => void };

function MemberRow({ member, isSelf, canManage, isBusy, onRole, onRemove }: RowProps) {
  const selectId = useId();
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
      <div className="min-w-0 flex-1 basis-48">
        <p className="truncate font-medium">
          {member.name}
          {isSelf && <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>}
        </p>
        <p className="truncate text-sm text-slate-600">{member.email}</p>
      </div>
      {canManage ? (
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="sr-only">
            Role of {member.name}
          </label>
          <select
            id={selectId}
            value={member.role}
            disabled={isBusy}
            onChange={(event) => onRole(member, event.currentTarget.value as Role)}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
          </select>
          {!isSelf && (
            <Button variant="ghost" disabled={isBusy} onClick={() => onRemove(member)} aria-label={`Remove ${member.name}`}>
              Remove
            </Button>
          )}
        </div>
      ) : (
        <span className="rounded-md bg-slate-100 px-2 py-1 text-sm text-slate-700">{ROLE_LABEL[member.role]}</span>
      )}
    </li>
  );
}
