import type { Metadata } from 'next';
import { TeamArticlesTable } from '@/components/dashboard/team-articles-table';
import { TeamTotals } from '@/components/dashboard/team-totals';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageUser } from '@/lib/auth/session';
import { summarizeTeam } from '@/lib/server/dashboard/summarize-team';
import { getCurrentTeam } from '@/lib/server/teams/current-team';
import { NoTeamState } from '@/components/ui/no-team-state';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function TeamDashboardPage() {
  const user = await requirePageUser('/dashboard');
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return <NoTeamState />;
  }
  const summary = await summarizeTeam({ user, teamId: current.id });
  return (
    <main className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
        <p className="text-sm text-slate-600">
          {current.name} · what the team found in each article
          {summary.scope === 'rated-by-you' && ' · agreement and Admiralty codes count only the passages you have rated'}
        </p>
      </div>
      <TeamTotals totals={summary.totals} themes={summary.themes} />
      {summary.rows.length === 0 ? (
        <EmptyState title="No articles yet" body="Articles the team imports appear here with their figures." />
      ) : (
        <section aria-labelledby="articles-title">
          <h2 id="articles-title" className="mb-2 text-base font-semibold">Articles</h2>
          <TeamArticlesTable key={current.id} rows={summary.rows} />
        </section>
      )}
    </main>
  );
}
