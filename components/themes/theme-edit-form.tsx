'use client';

import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ThemeFields } from '@/components/themes/theme-fields';
import { checkUpdate, valuesOf, type FieldErrors } from '@/components/themes/theme-values';
import { serverFieldErrors, staleTheme, useUpdateTheme, type Theme } from '@/components/themes/use-tags';

type Props = { teamId: string; theme: Theme; used: Map<string, string>; onDone: () => void };

/** Edits a theme in place; if a teammate saved first, offers to reload theirs or overwrite it. */
export function ThemeEditForm({ teamId, theme, used, onDone }: Props) {
  const update = useUpdateTheme(teamId);
  // The theme as this person opened it: its version guards the save, its values say what changed.
  const [base, setBase] = useState(theme);
  const [values, setValues] = useState(() => valuesOf(theme));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflict, setConflict] = useState<Theme | null>(null);

  function save(version: number) {
    update.reset();
    const checked = checkUpdate(base, values, version);
    if (checked === null) return onDone();
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    update.mutate(
      { id: theme.id, ...checked.input },
      {
        onSuccess: onDone,
        onError: (error) => {
          const current = staleTheme(error);
          setConflict(current);
          if (!current) setErrors(serverFieldErrors(error));
        },
      },
    );
  }

  function reload(current: Theme) {
    setBase(current);
    setValues(valuesOf(current));
    setConflict(null);
    update.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save(base.version);
  }

  return (
    <form aria-label={`Edit ${theme.name}`} onSubmit={submit} noValidate className="space-y-3">
      <ThemeFields values={values} onChange={setValues} errors={errors} used={used} disabled={update.isPending} autoFocus />
      {conflict ? (
        <ConflictNotice title="Someone changed this theme since you opened it." onReload={() => reload(conflict)} onOverwrite={() => save(conflict.version)} isSaving={update.isPending}>
          It is now “{conflict.name}”{conflict.shortcut ? `, shortcut ${conflict.shortcut}` : ''}
          {conflict.archived ? ', archived' : ''}. Reload to start from their version, or overwrite it with yours.
        </ConflictNotice>
      ) : (
        update.isError && (
          <p role="alert" className="text-sm text-red-700">
            {update.error.message}
          </p>
        )
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending && !conflict ? 'Saving…' : 'Save'}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
