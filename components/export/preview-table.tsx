import Link from 'next/link';
import { TagChip } from '@/components/reader/tag-chip';
import { CREDIBILITY_LABELS, isCredibility } from '@/lib/agreement/admiralty';
import type { ExportRow } from '@/lib/export/export-types';

const FALLBACK_COLOR = '#64748b';

function Grade({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-400">—</span>;
  return <abbr title={isCredibility(value) ? CREDIBILITY_LABELS[value] : undefined} className="no-underline">{value}</abbr>;
}

/** The first rows of the export, as the file will have them; every value is rendered as text. */
export function PreviewTable({ rows, themeColors }: { rows: ExportRow[]; themeColors: Map<string, string> }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">The first excerpts of the export.</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Article</th>
            <th scope="col" className="px-3 py-2 font-medium">Analyst</th>
            <th scope="col" className="px-3 py-2 font-medium">Excerpt</th>
            <th scope="col" className="px-3 py-2 font-medium">Themes</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Analyst credibility</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Consensus credibility</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.excerptId} className="border-t border-slate-100 align-top">
              <td className="w-48 px-3 py-2">
                <Link href={`/documents/${encodeURIComponent(row.documentId)}?at=${row.start}`} className="line-clamp-3 font-medium text-accent hover:underline">
                  {row.documentTitle}
                </Link>
                {row.outlet && <div className="text-xs text-slate-500">{row.outlet}</div>}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{row.analystName}</td>
              <td className="max-w-[22rem] px-3 py-2">
                <p className="line-clamp-3 font-serif" title={row.exact}>
                  “{row.exact}”
                </p>
                {row.note && <p className="mt-1 line-clamp-2 text-xs text-slate-600">Note: {row.note}</p>}
              </td>
              <td className="px-3 py-2">
                {row.themes.length === 0 ? (
                  <span className="text-slate-400">—</span>
                ) : (
                  <ul className="flex flex-wrap gap-1">
                    {row.themes.map((name) => (
                      <li key={name}>
                        <TagChip tag={{ name, color: themeColors.get(name) ?? FALLBACK_COLOR }} />
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
