import { AppHeader } from '@/components/layout/app-header';
import { requirePageUser } from '@/lib/auth/session';
import { getCurrentTeam } from '@/lib/server/teams/current-team';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser('/documents');
  const { teams, current } = await getCurrentTeam({ user });
  return (
    <div className="min-h-screen">
      <AppHeader user={user} teams={teams} currentTeamId={current?.id ?? null} />
      <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 sm:py-8">{children}</div>
    </div>
  );
}
