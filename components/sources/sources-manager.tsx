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
            <AgreementLine agreement={query.data.agreement} />
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

function AgreementLine({ agreement }: { agreement: SourcesList['agreement'] }) {
  const scope = agreement.scope === 'rated-by-you' ? ' on the outlets you have rated' : '';
  return (
    <p className="text-sm text-slate-700" data-testid="sources-agreement">
      <span className="font-medium">Team agreement{scope}:</span> {alphaLabel(agreement)}
      {agreement.ok && <span className="text-slate-500"> · {formatCount(agreement.pairableUnits, 'outlet')} rated by two or more analysts</span>}
    </p>
  );
}
