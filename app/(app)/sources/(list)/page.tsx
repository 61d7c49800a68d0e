import type { Metadata } from 'next';
import { SourcesManager } from '@/components/sources/sources-manager';
import { requirePageUser } from '@/lib/auth/session';
import { getCurrentTeam } from '@/lib/server/teams/current-team';
import { NoTeamState } from '@/components/ui/no-team-state';

export const metadata: Metadata = { title: 'Sources' };

export default async function SourcesPage() {
  const user = await requirePageUser('/sources');
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return <NoTeamState />;
  }
  return (
    <main data-team-id={current.id}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Sources</h1>
        <p className="text-sm text-slate-600">
          {current.name} · how reliable each outlet is (Admiralty code A–F; F: cannot be judged)
        </p>
      </div>
      {/* Keyed by team: switching teams starts the page afresh. */}
      <SourcesManager key={current.id} teamId={current.id} role={current.role} />
    </main>
  );
}
