import type { Metadata } from 'next';
import { DocumentList } from '@/components/documents/document-list';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePageUser } from '@/lib/auth/session';
import { listDocuments } from '@/lib/server/documents/list-documents';
import { getCurrentTeam } from '@/lib/server/teams/current-team';

export const metadata: Metadata = { title: 'Articles' };

export default async function DocumentsPage() {
  const user = await requirePageUser('/documents');
  const { current } = await getCurrentTeam({ user });
  if (!current) {
    return <EmptyState title="You are not on a team yet" body="Ask a team owner to add you, then sign in again." />;
  }
  const documents = await listDocuments({ user, teamId: current.id });
  return (
    <main>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Articles</h1>
          <p className="text-sm text-slate-600">
            {current.name} · {documents.length} {documents.length === 1 ? 'article' : 'articles'}
          </p>
        </div>
      </div>
      {documents.length === 0 ? (
        <EmptyState
          title="No articles yet"
          body="Add articles from the command line: npm run import -- article.txt --team &quot;Team name&quot;"
        />
      ) : (
        <DocumentList documents={documents} />
      )}
    </main>
  );
}
