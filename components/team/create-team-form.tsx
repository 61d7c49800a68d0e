'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useCreateTeam } from '@/components/team/use-team';
import { ApiError } from '@/lib/client/fetch-json';
import { createTeamSchema } from '@/lib/validation/teams';

/** Creates a team with the user as its owner; the server makes it the current team, so the page reloads into it. */
export function CreateTeamForm() {
  const router = useRouter();
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = createTeamSchema.safeParse({ name });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    create.mutate(parsed.data.name, {
      onSuccess: () => {
        setName('');
        router.refresh(); // the header's switcher and this page now show the new team
      },
      onError: (failure) => setError(failure instanceof ApiError ? failure.fields.name?.[0] ?? failure.message : failure.message),
    });
  }

  return (
    <form aria-label="Create a team" onSubmit={submit} noValidate className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="mb-1 text-base font-semibold">Create a team</h2>
      <p className="mb-3 text-sm text-slate-600">You become its owner and can invite people to it. You stay on your other teams.</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60">
          <TextField label="Team name" name="teamName" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} />
        </div>
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create team'}
        </Button>
      </div>
    </form>
  );
}
