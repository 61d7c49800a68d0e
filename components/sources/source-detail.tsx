'use client';

import Link from 'next/link';
import { LoadError } from '@/components/sources/load-error';
import { RatingControl } from '@/components/sources/rating-control';
import { SourceHistory } from '@/components/sources/source-history';
import { SourceRatingsList } from '@/components/sources/source-ratings-list';
import { useSource, type SourceDetail } from '@/components/sources/use-sources';
import { formatDate } from '@/lib/format';

type Props = { initial: SourceDetail; canRate: boolean };

/** One outlet: its articles, the caller's rating control (not for viewers), everyone's ratings and the history. */
export function SourceDetailView({ initial, canRate }: Props) {
  const query = useSource(initial);
  const source = query.data;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight break-words">{source.name}</h1>
        <p className="text-sm text-slate-600">{source.domain ?? 'No web address recorded'} · outlet reliability (Admiralty code A–F)</p>
      </header>
      {query.isError && <LoadError message={query.error.message} isStale onRetry={() => void query.refetch()} isRetrying={query.isFetching} />}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          {canRate ? (
            <RatingControl source={source} onReload={() => void query.refetch()} />
          ) : (
            <p className="rounded-md bg-slate-100 px-4 py-3 text-sm text-slate-700">
              You are a viewer on this team: you can read the ratings but not rate outlets.
            </p>
          )}
          <section aria-labelledby="articles-heading" className="rounded-xl border border-slate-200 bg-white p-4">
            <h2 id="articles-heading" className="text-base font-semibold">
              Articles <span className="font-normal text-slate-500">({source.documents.length})</span>
            </h2>
            {source.documents.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">No articles from this outlet.</p>
            ) : (
              <ul aria-label={`Articles from ${source.name}`} className="mt-2 space-y-1 text-sm">
                {source.documents.map((document) => (
                  <li key={document.id} className="break-words">
                    <Link href={`/documents/${encodeURIComponent(document.id)}`} className="text-accent hover:underline">
                      {document.title}
                    </Link>
                    {document.publishedAt && <span className="text-slate-500"> · {formatDate(new Date(document.publishedAt))}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <div className="min-w-0 space-y-6">
          <SourceRatingsList ratings={source.ratings} canRate={canRate} />
          <SourceHistory history={source.history} hiddenCount={source.ratings.hiddenCount} canRate={canRate} />
        </div>
      </div>
    </div>
  );
}
