import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditLog } from '@/components/audit/audit-log';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageUser } from '@/lib/auth/session';
import { canManageTeam } from '@/lib/permissions';
import { getCurrentTeam } from '@/lib/server/teams/current-team';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditPage() {
  const user = await requirePageUser('/team/audit');
  const { current } = await getCurrentTeam({ user });
  if (!current || !canManageTeam(current)) {
    return <EmptyState title="Only a team owner can read the audit log" body="Ask an owner of your team if you need to know who changed what." />;
  }
  return (
    <main className="space-y-6" key={current.id}>
      <div>
        <Link href="/team" className="text-sm text-slate-600 hover:text-ink">
          ← Team
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
        <p className="text-sm text-slate-600">{current.name} · who did what, and when</p>
      </div>
      <AuditLog teamId={current.id} />
    </main>
  );
}
