import { ThemeCountsTable } from '@/components/dashboard/theme-counts-table';
import { NUM, Section, TABLE, TD, TH } from '@/components/dashboard/section';
import type { ThemeAnalystCount, ThemeCount } from '@/lib/server/dashboard/summary-types';

type Props = { themes: ThemeCount[]; byAnalyst: ThemeAnalystCount[]; untagged: number };

/** Highlights per theme as horizontal bars, and who tags what (theme × analyst). */
export function ThemeChart({ themes, byAnalyst, untagged }: Props) {
  const max = Math.max(1, ...themes.map((theme) => theme.count));
  // Analysts in name order, as columns of the theme × analyst table.
  const analysts = [...new Map(byAnalyst.map((row) => [row.userId, row.name])).entries()].sort((a, b) => a[1].localeCompare(b[1]) || (a[0] < b[0] ? -1 : 1));
  const cell = new Map(byAnalyst.map((row) => [`${row.tagId} ${row.userId}`, row.count]));
  return (
    <Section id="themes" title="Themes" description={untagged > 0 ? `${untagged} highlight${untagged === 1 ? '' : 's'} without a theme.` : undefined}>
      {themes.length === 0 ? (
        <p className="text-sm text-slate-600">No highlight carries a theme yet.</p>
      ) : (
        <>
          <ul aria-label="Highlights per theme" className="space-y-1.5">
            {themes.map((theme) => (
              <li key={theme.tagId} className="grid grid-cols-[minmax(0,10rem)_1fr_auto] items-center gap-2 text-sm sm:grid-cols-[minmax(0,16rem)_1fr_auto]">
                <span className="truncate" title={theme.name}>
                  {theme.name}
                </span>
                <span aria-hidden className="h-4 rounded bg-slate-100">
                  <span className="block h-full rounded" style={{ width: `${(theme.count / max) * 100}%`, backgroundColor: theme.color }} />
                </span>
                <span className="tabular-nums text-slate-700">
                  {theme.count}
                  <span className="sr-only"> highlights</span>
                </span>
              </li>
            ))}
          </ul>
          <h3 className="mt-5 text-sm font-semibold">Who tags what</h3>
          <div className="mt-2 overflow-x-auto">
            <table className={TABLE}>
              <thead>
                <tr>
                  <th scope="col" className={TH}>
                    Theme
                  </th>
                  {analysts.map(([userId, name]) => (
                    <th key={userId} scope="col" className={`${TH} ${NUM}`}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {themes.map((theme) => (
                  <tr key={theme.tagId}>
                    <th scope="row" className={`${TD} font-normal`}>
                      <span aria-hidden className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full" style={{ backgroundColor: theme.color }} />
                      {theme.name}
                    </th>
                    {analysts.map(([userId]) => (
                      <td key={userId} className={`${TD} ${NUM}`}>
                        {cell.get(`${theme.tagId} ${userId}`) ?? <span className="text-slate-300">0</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ThemeCountsTable themes={themes} caption="Highlights per theme" />
        </>
      )}
    </Section>
  );
}
