import type { Metadata } from 'next';
import { ThemesManager } from '@/components/themes/themes-manager';
import { requirePageUser } from '@/lib/auth/session';
import { getCurrentTeam } from '@/lib/server/teams/current-team';
import { NoTeamState } from '@/components/ui/no-team-state';

export const metadata: Metadata = { title: 'Themes' };

export default async function ThemesPage() {
  const user = await requirePageUser('/themes');
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return <NoTeamState />;
  }
  return (
    <main>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Themes</h1>
        <p className="text-sm text-slate-600">
          {current.name} · the labels analysts give the passages they highlight
        </p>
      </div>
      {/* Keyed by team: switching teams starts the page afresh, with no half-typed form carried over. */}
      <ThemesManager key={current.id} teamId={current.id} role={current.role} />
    </main>
  );
}
