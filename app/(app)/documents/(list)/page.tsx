import type { Metadata } from 'next';
import Link from 'next/link';
import { DocumentList } from '@/components/documents/document-list';
import { DocumentsToolbar } from '@/components/documents/documents-toolbar';
import { ListPagination } from '@/components/documents/list-pagination';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageUser } from '@/lib/auth/session';
import { listHref, readListState } from '@/lib/documents/list-state';
import { formatCount } from '@/lib/format';
import { canEditTeamContent } from '@/lib/permissions';
import { searchDocuments } from '@/lib/server/documents/search-documents';
import { getCurrentTeam } from '@/lib/server/teams/current-team';
import { DEFAULT_PAGE_SIZE } from '@/lib/validation/documents';
import { NoTeamState } from '@/components/ui/no-team-state';

export const metadata: Metadata = { title: 'Articles' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DocumentsPage({ searchParams }: Props) {
  const state = readListState(await searchParams);
  const user = await requirePageUser(listHref(state));
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return <NoTeamState />;
  }
  const result = await searchDocuments({ user, teamId: current.id, q: state.q || undefined, sort: state.sort, order: state.order, page: state.page, pageSize: DEFAULT_PAGE_SIZE });
  const canAdd = canEditTeamContent(current);
  const isUnfiltered = !state.q;
  return (
    <main>
      <div className="mb-4 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="text-sm text-slate-600">
            {current.name} · {isUnfiltered ? formatCount(result.total, 'article') : `${formatCount(result.total, 'article')} match “${state.q}”`}
          </p>
        </div>
        {canAdd && (
          <Link href="/documents/new" className="inline-flex items-center rounded-md bg-accent px-4 py-2 text-sm font-medium text-white hover:bg-accent-strong">
            Add article
          </Link>
        )}
      </div>
      {result.total === 0 && isUnfiltered ? (
        <EmptyState
          title="No articles yet"
          body={canAdd ? 'Paste an article or upload .txt, .md or .html files to start.' : 'An owner or editor of the team adds articles.'}
        >
          {canAdd && (
            <Link href="/documents/new" className="text-sm font-medium text-accent underline">
              Add the first article
            </Link>
          )}
        </EmptyState>
      ) : (
        <>
          <DocumentsToolbar state={state} />
          {result.documents.length === 0 ? (
            <EmptyState title={state.q ? `No articles match “${state.q}”` : 'Nothing on this page'} body="Try other words, or clear the search.">
              <Link href="/documents" className="text-sm font-medium text-accent underline">
                Show every article
              </Link>
            </EmptyState>
          ) : (
            <DocumentList documents={result.documents} state={state} />
          )}
          <ListPagination state={state} total={result.total} pageSize={result.pageSize} />
        </>
      )}
    </main>
  );
}
