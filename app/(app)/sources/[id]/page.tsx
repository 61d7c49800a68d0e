import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { SourceDetailView } from '@/components/sources/source-detail';
import { requirePageUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { canEditTeamContent } from '@/lib/permissions';
import { getSource } from '@/lib/server/ratings/get-source';
import { getTeamAccess } from '@/lib/server/teams/get-team-access';

type Props = { params: Promise<{ id: string }> };

// Cached per request: generateMetadata and the page share one query.
const loadSource = cache(async (id: string) => {
  const user = await requirePageUser(`/sources/${encodeURIComponent(id)}`);
  try {
    const source = await getSource({ user, sourceId: id });
    // getSource has already refused non-members, so the access is there; the role is read from the stored membership.
    const access = await getTeamAccess({ user, teamId: source.teamId });
    return { source, canRate: canEditTeamContent(access) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { source } = await loadSource(id);
  return { title: source.name };
}

export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const { source, canRate } = await loadSource(id);
  return (
    <main data-team-id={source.teamId}>
      <nav aria-label="Breadcrumb" className="mb-6 text-sm">
        <Link href="/sources" className="text-slate-600 hover:text-ink">
          ← Sources
        </Link>
      </nav>
      <SourceDetailView initial={source} canRate={canRate} />
    </main>
  );
}
