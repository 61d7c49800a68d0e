import type { Metadata } from 'next';
import Link from 'next/link';
import { AddArticles } from '@/components/library/add-articles';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageUser } from '@/lib/auth/session';
import { canEditTeamContent } from '@/lib/permissions';
import { listSourceNames } from '@/lib/server/documents/list-source-names';
import { getCurrentTeam } from '@/lib/server/teams/current-team';
import { NoTeamState } from '@/components/ui/no-team-state';

export const metadata: Metadata = { title: 'Add article' };

export default async function AddArticlePage() {
  const user = await requirePageUser('/documents/new');
  const { current } = await getCurrentTeam({ user });
  if (!current) return <NoTeamState />;
  if (!canEditTeamContent(current)) {
    return <EmptyState title="Only owners and editors add articles" body="Your role on this team is read-only: ask an owner to make you an editor." />;
  }
  const sources = await listSourceNames({ user, teamId: current.id });
  return (
    <main>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/documents" className="text-slate-600 hover:text-ink">
          ← Articles
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">Add article</h1>
      <p className="mb-6 text-sm text-slate-600">
        To {current.name}. The text is cleaned as the seed articles were; review what is kept and dropped before saving.
      </p>
      <AddArticles teamId={current.id} sources={sources} />
    </main>
  );
}
