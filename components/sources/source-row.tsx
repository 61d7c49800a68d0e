import Link from 'next/link';
import { consensusLabel, gradeLabel, hiddenLabel, raterCountLabel, spreadLabel } from '@/components/sources/source-format';
import type { SourceSummary } from '@/components/sources/use-sources';

/** One outlet: its articles, the consensus the viewer may see, and their own rating. */
export function SourceRow({ source, canRate }: { source: SourceSummary; canRate: boolean }) {
  const { mine, hiddenCount, summary } = source.ratings;
  const spread = summary && spreadLabel(summary);
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h3 className="font-medium break-words">
            <Link href={`/sources/${encodeURIComponent(source.id)}`} className="text-accent hover:underline">
              {source.name}
            </Link>
            {source.domain && <span className="ml-2 text-sm font-normal text-slate-500">{source.domain}</span>}
          </h3>
          <ul aria-label={`Articles from ${source.name}`} className="mt-1 space-y-0.5 text-sm">
            {source.documents.map((document) => (
              <li key={document.id} className="break-words">
                <Link href={`/documents/${encodeURIComponent(document.id)}`} className="text-slate-700 hover:text-ink hover:underline">
                  {document.title}
                </Link>
              </li>
            ))}
            {source.documents.length === 0 && <li className="text-slate-400 italic">No articles</li>}
          </ul>
        </div>
        <dl className="grid shrink-0 grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-sm sm:w-80">
          {summary ? (
            <>
              <dt className="text-slate-500">Consensus</dt>
              <dd className="font-medium">{consensusLabel(summary)}</dd>
              {spread && (
                <>
                  <dt className="text-slate-500">Spread</dt>
                  <dd>{spread}</dd>
                </>
              )}
              <dt className="text-slate-500">Rated by</dt>
              <dd>{raterCountLabel(summary)}</dd>
            </>
          ) : (
            <>
              <dt className="text-slate-500">Consensus</dt>
              <dd className="text-slate-600">{hiddenCount > 0 ? hiddenLabel(hiddenCount, canRate) : 'Not rated yet'}</dd>
            </>
          )}
          <dt className="text-slate-500">Yours</dt>
          <dd className={mine ? 'font-medium' : 'text-slate-600'}>{mine ? gradeLabel(mine.reliability) : canRate ? 'Not rated yet' : 'Viewers do not rate'}</dd>
        </dl>
      </div>
    </li>
  );
}
