import Link from 'next/link';
import { readerHref } from '@/components/dashboard/format';
import { ChartData, NUM, Section, TABLE, TD, TH } from '@/components/dashboard/section';
import type { DensityBin, ThemeCount } from '@/lib/server/dashboard/summary-types';

type Props = { documentId: string; length: number; density: DensityBin[]; themes: ThemeCount[] };

const UNTAGGED = '#64748b';

/** Where highlights concentrate along the article: one band per slice, coloured by its dominant theme. */
export function DensityStrip({ documentId, length, density, themes }: Props) {
  const themeById = new Map(themes.map((theme) => [theme.tagId, theme]));
  const max = Math.max(1, ...density.map((bin) => bin.count));
  const label = (bin: DensityBin) => `Highlights ${bin.count} between characters ${bin.start} and ${bin.end}`;
  return (
    <Section id="density" title="Where in the text" description={`${length.toLocaleString('en')} characters, start to end. Each band opens the reader there.`}>
      <ol className="flex h-12 w-full overflow-hidden rounded border border-slate-200" aria-label="Highlight density along the article">
        {density.map((bin) => {
          const theme = bin.tagId ? themeById.get(bin.tagId) : undefined;
          const opacity = bin.count === 0 ? 0 : 0.2 + 0.8 * (bin.count / max);
          return (
            <li key={bin.bin} className="h-full min-w-0 flex-1">
              <Link
                href={readerHref(documentId, bin.start)}
                aria-label={label(bin)}
                title={`${label(bin)}${theme ? ` · mostly ${theme.name}` : ''}`}
                className="relative block h-full hover:outline hover:outline-2 hover:-outline-offset-2 hover:outline-ink"
              >
                <span aria-hidden className="absolute inset-0" style={{ backgroundColor: theme?.color ?? UNTAGGED, opacity }} />
              </Link>
            </li>
          );
        })}
      </ol>
      <div aria-hidden className="mt-1 flex justify-between text-xs text-slate-500">
        <span>Start</span>
        <span>End</span>
      </div>
      <ChartData>
        <table className={TABLE}>
          <caption className="sr-only">Highlights per slice of the article</caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>Characters</th>
              <th scope="col" className={`${TH} ${NUM}`}>Highlights</th>
              <th scope="col" className={TH}>Dominant theme</th>
            </tr>
          </thead>
          <tbody>
            {density.map((bin) => (
              <tr key={bin.bin}>
                <th scope="row" className={`${TD} font-normal tabular-nums`}>
                  {bin.start}–{bin.end}
                </th>
                <td className={`${TD} ${NUM}`}>{bin.count}</td>
                <td className={TD}>{bin.tagId ? (themeById.get(bin.tagId)?.name ?? '—') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartData>
    </Section>
  );
}
