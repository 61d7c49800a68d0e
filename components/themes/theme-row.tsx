'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { MergeDialog } from '@/components/themes/merge-dialog';
import { ThemeEditForm } from '@/components/themes/theme-edit-form';
import { usedShortcuts } from '@/components/themes/theme-values';
import { countHighlights, useUpdateTheme, type Theme } from '@/components/themes/use-tags';

type Props = { teamId: string; theme: Theme; themes: Theme[]; canManage: boolean };

/** One theme: how it looks and how much it is used, with its controls for owners and editors. */
export function ThemeRow({ teamId, theme, themes, canManage }: Props) {
  const [isEditing, setIsEditing] = useState(false);
  const [isMerging, setIsMerging] = useState(false);
  const archive = useUpdateTheme(teamId);
  const targets = themes.filter((other) => !other.archived && other.id !== theme.id);

  if (isEditing) {
    return (
      <li className="rounded-xl border border-accent/40 bg-white p-4">
        <ThemeEditForm teamId={teamId} theme={theme} used={usedShortcuts(themes, theme.id)} onDone={() => setIsEditing(false)} />
      </li>
    );
  }

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
        <div className="flex min-w-0 flex-1 gap-3">
          <span role="img" aria-label={`Colour ${theme.color}`} className="mt-0.5 h-5 w-5 shrink-0 rounded-full border border-black/10" style={{ backgroundColor: theme.color }} />
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h3 className="font-medium break-words">{theme.name}</h3>
              {theme.shortcut && (
                <span className="text-xs text-slate-500">
                  <span className="sr-only">Shortcut </span>
                  <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-ink shadow-sm">{theme.shortcut}</kbd>
                </span>
              )}
              <span className="text-xs text-slate-500 tabular-nums">{countHighlights(theme.usage)}</span>
            </div>
            <p className={`mt-1 text-sm break-words ${theme.description ? 'text-slate-700' : 'text-slate-400 italic'}`}>{theme.description || 'No description'}</p>
          </div>
        </div>
        {canManage && (
          <div className="flex shrink-0 flex-wrap gap-2">
            {!theme.archived && (
              <Button variant="secondary" onClick={() => setIsEditing(true)}>
                Edit<span className="sr-only"> {theme.name}</span>
              </Button>
            )}
            <Button variant="secondary" disabled={archive.isPending} onClick={() => archive.mutate({ id: theme.id, archived: !theme.archived })}>
              {archive.isPending ? (theme.archived ? 'Restoring…' : 'Archiving…') : theme.archived ? 'Restore' : 'Archive'}
              <span className="sr-only"> {theme.name}</span>
            </Button>
            {targets.length > 0 && (
              <Button variant="ghost" onClick={() => setIsMerging(true)}>
                Merge…<span className="sr-only"> {theme.name}</span>
              </Button>
            )}
          </div>
        )}
      </div>
      {archive.isError && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {archive.error.message}
        </p>
      )}
      {isMerging && <MergeDialog teamId={teamId} source={theme} targets={targets} onClose={() => setIsMerging(false)} />}
    </li>
  );
}
