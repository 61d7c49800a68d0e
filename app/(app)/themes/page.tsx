import type { Metadata } from 'next';
import { ThemesManager } from '@/components/themes/themes-manager';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageUser } from '@/lib/auth/session';
import { getCurrentTeam } from '@/lib/server/teams/current-team';

export const metadata: Metadata = { title: 'Themes' };

export default async function ThemesPage() {
  const user = await requirePageUser('/themes');
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return <EmptyState title="You are not on a team yet" body="Ask a team owner to add you, then sign in again." />;
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
