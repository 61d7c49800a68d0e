import { formatActivity, formatAlpha } from '@/components/dashboard/format';
import { formatCount } from '@/lib/format';
import type { SummaryHeadline } from '@/lib/server/dashboard/summary-types';

function Figure({ label, value, detail, testId }: { label: string; value: React.ReactNode; detail?: React.ReactNode; testId?: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white px-4 py-3">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {detail && <dd className="mt-1 text-xs text-slate-600">{detail}</dd>}
    </div>
  );
}

/** The article's figures at a glance: counts, the Admiralty code, agreement, last activity. */
export function HeadlineFigures({ headline }: { headline: SummaryHeadline }) {
  const { admiralty, agreement } = headline;
  const alpha = agreement.ordinal;
  const credibility = admiralty.credibility;
  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title" className="sr-only">
        Headline figures
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        <Figure label="Highlights" value={headline.highlights.toLocaleString('en')} testId="figure-highlights" />
        <Figure label="Analysts" value={headline.analysts.toLocaleString('en')} testId="figure-analysts" />
        <Figure label="Themes used" value={headline.themesUsed.toLocaleString('en')} testId="figure-themes" />
        <Figure label="Rated passages" value={headline.ratedPassages.toLocaleString('en')} testId="figure-rated" />
        <Figure
          label="Admiralty code"
          value={admiralty.code}
          testId="figure-admiralty"
          detail={
            <>
              {admiralty.outlet ? `${admiralty.outlet.name}: reliability ${admiralty.outlet.ratings.summary?.median ?? 'not rated'}` : 'No outlet'}
              {' · '}
              credibility {credibility.median ?? 'not rated'} over {formatCount(credibility.passagesRated, 'passage')}, {formatCount(credibility.ratings, 'rating')}
              {credibility.hiddenPassages > 0 && ` (${credibility.hiddenPassages} hidden until you rate them)`}
            </>
          }
        />
        <Figure
          label="Agreement (ordinal α)"
          value={alpha.ok ? formatAlpha(alpha.alpha) : 'n/a'}
          testId="figure-agreement"
          detail={alpha.ok ? `${alpha.pairableUnits} passages rated by two or more` : alpha.message}
        />
        <Figure label="Last activity" value={<span className="text-base">{formatActivity(headline.lastActivity)}</span>} testId="figure-activity" />
      </dl>
      {agreement.scope === 'rated-by-you' && <p className="mt-2 text-xs text-slate-600">Credibility figures count only the passages you have rated yourself.</p>}
    </section>
  );
}
