import Link from 'next/link';
import { CREDIBILITY_LABELS, isCredibility } from '@/lib/agreement/admiralty';
import type { ExportRow } from '@/lib/export/export-types';

const FALLBACK_COLOR = '#64748b';

function Grade({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-400">—</span>;
  const label = isCredibility(value) ? CREDIBILITY_LABELS[value] : undefined;
  return (
    <span title={label}>
      {value}
      {label && <span className="sr-only"> · {label}</span>}
    </span>
  );
}

/** The first rows of the export, as the file will have them; every value is rendered as text. */
export function PreviewTable({ rows, themeColors }: { rows: ExportRow[]; themeColors: Map<string, string> }) {
  const head = 'px-3 py-2 font-medium';
  // `relative`: the screen-reader-only labels are positioned, and must scroll with the table
  // instead of widening the page.
  return (
    <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[46rem] table-fixed text-left text-sm">
        <caption className="sr-only">The first excerpts of the export.</caption>
        <colgroup>
          <col className="w-[9.5rem]" />
          <col className="w-[6.5rem]" />
          <col />
          <col className="w-[9rem]" />
          <col className="w-[4.75rem]" />
          <col className="w-[5.75rem]" />
        </colgroup>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" rowSpan={2} className={head}>Article</th>
            <th scope="col" rowSpan={2} className={head}>Analyst</th>
            <th scope="col" rowSpan={2} className={head}>Excerpt</th>
            <th scope="col" rowSpan={2} className={head}>Themes</th>
            <th scope="colgroup" colSpan={2} className={`${head} pb-0 text-center`}>Credibility</th>
          </tr>
          <tr>
            <th scope="col" className={`${head} text-right`}>Analyst</th>
            <th scope="col" className={`${head} text-right`}>Consensus</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.excerptId} className="border-t border-slate-100 align-top">
              <td className="px-3 py-2">
                <Link href={`/documents/${encodeURIComponent(row.documentId)}?at=${row.start}`} className="line-clamp-3 font-medium break-words text-accent hover:underline">
                  {row.documentTitle}
                </Link>
                {row.outlet && <div className="truncate text-xs text-slate-500">{row.outlet}</div>}
              </td>
              <td className="px-3 py-2 break-words">{row.analystName}</td>
              <td className="px-3 py-2">
                <p className="line-clamp-4 font-serif break-words" title={row.exact}>
                  “{row.exact}”
                </p>
                {row.note && <p className="mt-1 line-clamp-2 text-xs break-words text-slate-600">Note: {row.note}</p>}
              </td>
              <td className="px-3 py-2">
                {row.themes.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <ul className="space-y-1 text-xs">
                    {row.themes.map((name) => (
                      <li key={name} className="flex items-start gap-1.5 break-words">
                        <span aria-hidden className="mt-0.5 h-2.5 w-2.5 shrink-0 rounded-full" style={{ backgroundColor: themeColors.get(name) ?? FALLBACK_COLOR }} />
                        <span className="min-w-0">{name}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                <Grade value={row.analystCredibility} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                <Grade value={row.consensusCredibility} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
