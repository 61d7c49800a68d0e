import { ThemeCountsTable } from '@/components/dashboard/theme-counts-table';
import type { TeamSummary } from '@/lib/server/dashboard/summary-types';

/** The team's totals and its theme counts across every article. */
export function TeamTotals({ totals, themes }: Pick<TeamSummary, 'totals' | 'themes'>) {
  const figures = [
    ['Articles', totals.articles],
    ['Highlights', totals.highlights],
    ['Analysts', totals.analysts],
    ['Ratings', totals.ratings],
  ] as const;
  const max = Math.max(1, ...themes.map((theme) => theme.count));
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_1fr]">
      <section aria-labelledby="totals-title">
        <h2 id="totals-title" className="sr-only">Team totals</h2>
        <dl className="grid grid-cols-2 gap-3">
          {figures.map(([label, value]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">{value.toLocaleString('en')}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="team-themes-title" className="rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="team-themes-title" className="text-base font-semibold">Themes across all articles</h2>
        {themes.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">No highlight carries a theme yet.</p>
        ) : (
          <>
            <ul aria-label="Highlights per theme" className="mt-3 space-y-1.5">
              {themes.map((theme) => (
                <li key={theme.tagId} className="grid grid-cols-[minmax(0,10rem)_1fr_auto] items-center gap-2 text-sm">
                  <span className="truncate" title={theme.name}>{theme.name}</span>
                  <span aria-hidden className="h-3 rounded bg-slate-100">
                    <span className="block h-full rounded" style={{ width: `${(theme.count / max) * 100}%`, backgroundColor: theme.color }} />
                  </span>
                  <span className="tabular-nums">{theme.count}</span>
                </li>
              ))}
            </ul>
            <ThemeCountsTable themes={themes} caption="Highlights per theme across all articles" />
          </>
        )}
      </section>
    </div>
  );
}
