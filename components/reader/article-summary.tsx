'use client';

import Link from 'next/link';
import { useDocumentAgreement } from '@/components/reader/use-ratings';
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, type Credibility, type Reliability } from '@/lib/agreement/admiralty';
import type { AlphaResult } from '@/lib/agreement/krippendorff';

function alphaText(result: AlphaResult): string {
  return result.ok ? `α = ${result.alpha.toFixed(2)} over ${result.pairableUnits} passages` : result.message; // ok implies ≥ 2
}

/** The article's Admiralty code ("B3"): outlet consensus and median passage credibility, with counts. */
export function ArticleSummary({ documentId }: { documentId: string }) {
  const { data, isError } = useDocumentAgreement(documentId);
  if (isError) return null;
  if (!data) return <div aria-busy="true" className="h-16 animate-pulse rounded-xl bg-slate-100" />;
  const { admiralty, agreement } = data;
  const outletSummary = admiralty.outlet?.ratings.summary;
  const outletMedian = outletSummary?.median as Reliability | null | undefined;
  const credibilityMedian = admiralty.credibility.median;
  return (
    <section aria-label="Admiralty summary" className="flex flex-wrap items-center gap-x-5 gap-y-2 rounded-xl border border-slate-200 bg-white p-3 text-sm">
      <p className="font-mono text-3xl font-semibold tracking-tight" title="Outlet reliability and median passage credibility" data-testid="admiralty-code">
        {admiralty.code}
      </p>
      <div className="min-w-0 flex-1 space-y-0.5 text-slate-700">
        <p>
          <span className="text-slate-500">Outlet: </span>
          {admiralty.outlet ? (
            <>
              <Link href={`/sources/${admiralty.outlet.id}`} className="text-accent underline">{admiralty.outlet.name}</Link>{' '}
              {outletMedian ? `${outletMedian} — ${RELIABILITY_LABELS[outletMedian]} (${outletSummary!.count} ${outletSummary!.count === 1 ? 'rating' : 'ratings'})`
                : admiralty.outlet.ratings.hiddenCount > 0 ? `${admiralty.outlet.ratings.hiddenCount} hidden until you rate it` : 'not rated yet'}
            </>
          ) : (
            'unknown'
          )}
        </p>
        <p>
          <span className="text-slate-500">Passages: </span>
          {credibilityMedian
            ? `median ${credibilityMedian} — ${CREDIBILITY_LABELS[credibilityMedian as Credibility]}, over ${admiralty.credibility.passagesRated} rated ${admiralty.credibility.passagesRated === 1 ? 'passage' : 'passages'} (${admiralty.credibility.ratings} ratings)`
            : 'no passage rated yet'}
          {admiralty.credibility.hiddenPassages > 0 && ` · ${admiralty.credibility.hiddenPassages} more hidden until you rate them`}
        </p>
        <p className="text-xs text-slate-500">Agreement: {alphaText(agreement.ordinal)}{agreement.scope === 'rated-by-you' ? ' (passages you rated)' : ''}</p>
      </div>
    </section>
  );
}
