import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateTeamForm } from '@/components/team/create-team-form';
import { InvitesSection } from '@/components/team/invites-section';
import { LeaveTeam } from '@/components/team/leave-team';
import { MembersList } from '@/components/team/members-list';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageUser } from '@/lib/auth/session';
import { canManageTeam } from '@/lib/permissions';
import { getCurrentTeam } from '@/lib/server/teams/current-team';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage() {
  const user = await requirePageUser('/team');
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return (
      <main className="space-y-6">
        <EmptyState title="You are not on a team yet" body="Create one below, or ask a team owner for an invite link." />
        <CreateTeamForm />
      </main>
    );
  }
  const canManage = canManageTeam(current);
  return (
    <main className="space-y-8" key={current.id}>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{current.name}</h1>
          <p className="text-sm text-slate-600">
            {canManage ? 'You own this team: manage its members and invites.' : 'The people on this team. Only an owner can change them.'}
          </p>
        </div>
        {canManage && (
          <Link href="/team/audit" className="text-sm font-medium text-accent underline-offset-2 hover:underline">
            Audit log
          </Link>
        )}
      </div>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading" className="mb-3 text-lg font-semibold">
          Members
        </h2>
        <MembersList teamId={current.id} userId={user.id} canManage={canManage} />
      </section>
      {canManage && (
        <section aria-labelledby="invites-heading">
          <h2 id="invites-heading" className="mb-3 text-lg font-semibold">
            Invites
          </h2>
          <InvitesSection teamId={current.id} />
        </section>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <CreateTeamForm />
        <LeaveTeam teamId={current.id} teamName={current.name} userId={user.id} />
      </div>
    </main>
  );
}
