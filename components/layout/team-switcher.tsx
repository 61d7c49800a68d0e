'use client';

import { useActionState, useId } from 'react';
import { switchTeam } from '@/app/(app)/actions';
import type { TeamSummary } from '@/lib/server/teams/list-teams';

export function TeamSwitcher({ teams, currentTeamId }: { teams: TeamSummary[]; currentTeamId: string | null }) {
  const [state, formAction, isPending] = useActionState(switchTeam, undefined);
  const id = useId();
  const current = teams.find((team) => team.id === currentTeamId);
  if (teams.length <= 1) {
    return <span className="rounded-md bg-slate-100 px-2 py-1 text-slate-700">{current?.name ?? 'No team'}</span>;
  }
  return (
    <form action={formAction} className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Team
      </label>
      <select
        id={id}
        key={currentTeamId} // a new current team (created, joined) resets the uncontrolled select
        name="teamId"
        defaultValue={currentTeamId ?? undefined}
        disabled={isPending}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name} ({team.role.toLowerCase()})
          </option>
        ))}
      </select>
      {state?.error && <span role="alert" className="text-red-700">{state.error}</span>}
    </form>
  );
}
