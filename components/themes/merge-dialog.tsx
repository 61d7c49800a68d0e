'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { countHighlights, useMergeTheme, type Theme } from '@/components/themes/use-tags';

type Props = { teamId: string; source: Theme; targets: Theme[]; onClose: () => void };

/** Picks the theme that absorbs `source`, says what will happen, and merges on confirmation. */
export function MergeDialog({ teamId, source, targets, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const merge = useMergeTheme(teamId);
  const [intoId, setIntoId] = useState('');
  const into = targets.find((theme) => theme.id === intoId);

  useEffect(() => {
    // Unmounting removes the dialog from the page, so no cleanup (closing would fire onClose twice).
    ref.current?.showModal();
  }, []);

  function confirm() {
    if (!into) return;
    merge.mutate({ id: source.id, into: into.id }, { onSuccess: () => ref.current?.close() });
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={(event) => merge.isPending && event.preventDefault()}
      className="m-auto w-[min(32rem,calc(100%-2rem))] rounded-xl border border-slate-200 bg-white p-5 text-ink shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        Merge “{source.name}”
      </h2>
      <p className="mt-1 text-sm text-slate-600">Its highlights move to the theme you pick, and “{source.name}” is deleted.</p>
      <label htmlFor={`${id}-into`} className="mt-4 mb-1 block text-sm font-medium text-slate-700">
        Merge into
      </label>
      <select
        id={`${id}-into`}
        value={intoId}
        onChange={(event) => setIntoId(event.currentTarget.value)}
        disabled={merge.isPending}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      >
        <option value="">Choose a theme…</option>
        {targets.map((theme) => (
          <option key={theme.id} value={theme.id}>
            {theme.name}
          </option>
        ))}
      </select>
      {into && (
        <p className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-950">
          Move {countHighlights(source.usage)} from {source.name} to {into.name} and delete {source.name}?
        </p>
      )}
      {merge.isError && (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {merge.error.message}
        </p>
      )}
      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={() => ref.current?.close()} disabled={merge.isPending}>
          Cancel
        </Button>
        <Button type="button" onClick={confirm} disabled={!into || merge.isPending}>
          {merge.isPending ? 'Merging…' : 'Merge and delete'}
        </Button>
      </div>
    </dialog>
  );
}
