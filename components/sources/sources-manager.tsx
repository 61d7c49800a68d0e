'use client';

import { BlindToggle } from '@/components/sources/blind-toggle';
import { LoadError } from '@/components/sources/load-error';
import { alphaLabel } from '@/components/sources/source-format';
import { SourceRow } from '@/components/sources/source-row';
import { SourcesSkeleton } from '@/components/sources/sources-skeleton';
import { useSources, type SourcesList } from '@/components/sources/use-sources';
import { EmptyState } from '@/components/ui/empty-state';
import { formatCount } from '@/lib/format';
import { canEditTeamContent } from '@/lib/permissions';

type Role = 'OWNER' | 'EDITOR' | 'VIEWER';

/** The team's outlets with their consensus reliability, the team's agreement, and (owners) the blind rule. */
export function SourcesManager({ teamId, role }: { teamId: string; role: Role }) {
  const query = useSources(teamId);
  const retry = { onRetry: () => void query.refetch(), isRetrying: query.isFetching };

  if (query.data === undefined) {
    if (!query.isError) return <SourcesSkeleton />;
    return <LoadError title="The outlets could not be loaded" message={query.error.message} {...retry} />;
  }

  const { sources, isBlind } = query.data;
  const canRate = canEditTeamContent({ role });
  return (
    <div className="space-y-6">
      {query.isError && <LoadError message={query.error.message} isStale {...retry} />}
      {role === 'OWNER' && <BlindToggle teamId={teamId} isBlind={isBlind} />}
      {sources.length === 0 ? (
        <EmptyState title="No outlets yet" body="Outlets appear here when articles name them." />
      ) : (
        <section aria-labelledby="outlets-heading">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h2 id="outlets-heading" className="text-base font-semibold">
              Outlets <span className="font-normal text-slate-500">({sources.length})</span>
            </h2>
            <div>
              <AgreementLine agreement={query.data.agreement} what="outlet" />
              <AgreementLine agreement={query.data.passageAgreement} what="passage" />
            </div>
          </div>
          <ul aria-label="Outlets" className="space-y-3">
            {sources.map((source) => (
              <SourceRow key={source.id} source={source} canRate={canRate} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function AgreementLine({ agreement, what }: { agreement: SourcesList['agreement']; what: 'outlet' | 'passage' }) {
  const scope = agreement.scope === 'rated-by-you' ? ` on the ${what}s you have rated` : '';
  return (
    <p className="text-sm text-slate-700" data-testid={what === 'outlet' ? 'sources-agreement' : 'passages-agreement'}>
      <span className="font-medium">Team agreement on {what === 'outlet' ? 'outlet reliability' : 'passage credibility'}{scope}:</span> {alphaLabel(agreement)}
      {agreement.ok && <span className="text-slate-500"> · {formatCount(agreement.pairableUnits, what)} rated by two or more analysts</span>}
    </p>
  );
}
