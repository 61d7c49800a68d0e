'use client';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ThemeCreateForm } from '@/components/themes/theme-create-form';
import { ThemeRow } from '@/components/themes/theme-row';
import { ThemesSkeleton } from '@/components/themes/themes-skeleton';
import { usedShortcuts } from '@/components/themes/theme-values';
import { useThemes, type Theme } from '@/components/themes/use-tags';
import { canEditTeamContent } from '@/lib/permissions';

type Role = 'OWNER' | 'EDITOR' | 'VIEWER';

/** The team's themes: a list for everyone, and create, edit, archive and merge for owners and editors. */
export function ThemesManager({ teamId, role }: { teamId: string; role: Role }) {
  const canManage = canEditTeamContent({ role });
  const themes = useThemes(teamId);

  if (themes.data === undefined) {
    if (!themes.isError) return <ThemesSkeleton />;
    return (
      <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-6">
        <h2 className="text-base font-semibold text-red-900">The themes could not be loaded</h2>
        <p className="mt-1 mb-4 text-sm text-red-800">{themes.error.message}</p>
        <RetryButton onRetry={() => themes.refetch()} isRetrying={themes.isFetching} />
      </div>
    );
  }

  const all = themes.data;
  const live = all.filter((theme) => !theme.archived);
  const archived = all.filter((theme) => theme.archived);
  return (
    <div className="space-y-6">
      {themes.isError && (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-950">
          <span>The list may be out of date: {themes.error.message}</span>
          <RetryButton onRetry={() => themes.refetch()} isRetrying={themes.isFetching} />
        </div>
      )}
      {canManage ? (
        <ThemeCreateForm teamId={teamId} used={usedShortcuts(all)} />
      ) : (
        <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
          Viewers can read the themes; ask an owner to make you an editor to change them.
        </p>
      )}
      <section aria-labelledby="live-themes-heading">
        <h2 id="live-themes-heading" className="mb-3 text-base font-semibold">
          Live themes <span className="font-normal text-slate-500">({live.length})</span>
        </h2>
        {live.length === 0 ? (
          <EmptyState title={all.length === 0 ? 'No themes yet' : 'No live themes'} body={emptyHint(canManage, archived.length > 0)} />
        ) : (
          <ThemeList label="Live themes" themes={live} all={all} teamId={teamId} canManage={canManage} />
        )}
      </section>
      {archived.length > 0 && (
        <details className="rounded-xl border border-slate-200 bg-slate-50 p-4">
          <summary className="cursor-pointer text-base font-semibold">
            Archived <span className="font-normal text-slate-500">({archived.length})</span>
          </summary>
          <p className="mt-2 mb-3 text-sm text-slate-600">Archived themes keep their highlights but are no longer offered when tagging.</p>
          <ThemeList label="Archived themes" themes={archived} all={all} teamId={teamId} canManage={canManage} />
        </details>
      )}
    </div>
  );
}

function ThemeList({ label, themes, all, teamId, canManage }: { label: string; themes: Theme[]; all: Theme[]; teamId: string; canManage: boolean }) {
  return (
    <ul aria-label={label} className="space-y-3">
      {themes.map((theme) => (
        <ThemeRow key={theme.id} teamId={teamId} theme={theme} themes={all} canManage={canManage} />
      ))}
    </ul>
  );
}

function emptyHint(canManage: boolean, hasArchived: boolean): string {
  if (!canManage) return 'An owner or editor of the team creates themes; they will appear here.';
  const restore = hasArchived ? ' or restore one from Archived below' : '';
  return `Create a theme above${restore}: analysts tag the passages they highlight with it, using its shortcut key while reading.`;
}

function RetryButton({ onRetry, isRetrying }: { onRetry: () => void; isRetrying: boolean }) {
  return (
    <Button variant="secondary" onClick={onRetry} disabled={isRetrying}>
      {isRetrying ? 'Retrying…' : 'Try again'}
    </Button>
  );
}
