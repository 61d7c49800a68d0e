import Link from 'next/link';
import type { SessionUser } from '@/lib/auth/session';
import type { TeamSummary } from '@/lib/server/teams/list-teams';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { TeamSwitcher } from '@/components/layout/team-switcher';

const NAV = [
  ['/documents', 'Articles'],
  ['/dashboard', 'Dashboard'],
  ['/themes', 'Themes'],
  ['/sources', 'Sources'],
  ['/export', 'Export'],
  ['/team', 'Team'],
] as const;

export function AppHeader({ user, teams, currentTeamId }: { user: SessionUser; teams: TeamSummary[]; currentTeamId: string | null }) {
  return (
    <header className="border-b border-slate-200 bg-white/90 backdrop-blur">
      <div className="mx-auto flex w-full max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/documents" className="font-serif text-xl font-semibold tracking-tight">
          Credence
        </Link>
        <nav aria-label="Main" className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-1 text-sm">
          {NAV.map(([href, label]) => (
            <Link key={href} href={href} className="text-slate-700 hover:text-ink">
              {label}
            </Link>
          ))}
          <Link href="/account" className="text-slate-700 hover:text-ink sm:hidden">
            Account
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <TeamSwitcher teams={teams} currentTeamId={currentTeamId} />
          <Link href="/account" className="hidden text-slate-600 hover:text-ink sm:inline" title={`${user.email}: your account`}>
            {user.name}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
