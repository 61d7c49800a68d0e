'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ThemeFields } from '@/components/themes/theme-fields';
import { blankValues, checkCreate, type FieldErrors } from '@/components/themes/theme-values';
import { serverFieldErrors, useCreateTheme } from '@/components/themes/use-tags';

/** Adds a theme to the team; checked with the API's schema first, then the server's errors shown by field. */
export function ThemeCreateForm({ teamId, used }: { teamId: string; used: Map<string, string> }) {
  const create = useCreateTheme(teamId);
  const [values, setValues] = useState(blankValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    create.reset();
    const checked = checkCreate(teamId, values);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.input, {
      onSuccess: ({ tag }) => {
        setValues(blankValues());
        setCreated(`Created “${tag.name}”.`);
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form aria-label="New theme" onSubmit={submit} noValidate className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 className="mb-3 text-base font-semibold">New theme</h2>
      <ThemeFields values={values} onChange={setValues} errors={errors} used={used} disabled={create.isPending} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create theme'}
        </Button>
        {create.isError && (
          <p role="alert" className="text-sm text-red-700">
            {create.error.message}
          </p>
        )}
        {created && !create.isError && (
          <p role="status" className="text-sm text-emerald-800">
            {created}
          </p>
        )}
      </div>
    </form>
  );
}
