import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Reader } from '@/components/reader/reader';
import { requirePageUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { formatDate, readingMinutes } from '@/lib/format';
import { paintReader } from '@/lib/server/annotations/reader-paint';
import { getDocument } from '@/lib/server/documents/get-document';
import { listTags } from '@/lib/server/tags/list-tags';

type Props = { params: Promise<{ id: string }> };

/** A record that is not there (or not the user's team's) is this page's 404, whichever read finds out. */
async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

// Cached per request: generateMetadata and the page share one query.
const pageUser = cache((id: string) => requirePageUser(`/documents/${encodeURIComponent(id)}`));
const loadDocument = cache(async (id: string) => {
  const user = await pageUser(id);
  return { user, document: await orNotFound(getDocument({ user, documentId: id })) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { document } = await loadDocument(id);
  return { title: document.title };
}

export default async function ReaderPage({ params }: Props) {
  const { id } = await params;
  const user = await pageUser(id);
  // The page's HTML shows the text with every highlight painted (offsets, themes and authors only:
  // lib/server/annotations/reader-paint.ts), read beside the article itself; the browser then loads
  // the highlights and polls (docs/decisions/014-reader-paint.md). (Not found, or the user removed
  // from the team meanwhile: a 404 either way.)
  const [{ document, tags }, paint] = await orNotFound(
    Promise.all([
      loadDocument(id).then(async ({ document }) => ({ document, tags: await listTags({ user, teamId: document.teamId, archived: 'include' }) })),
      paintReader({ user, documentId: id }),
    ]),
  );
  const facts = [
    document.outlet ?? 'Unknown outlet',
    document.author,
    document.publishedAt ? formatDate(document.publishedAt) : null,
    `${readingMinutes(document.length)} min read`,
  ].filter(Boolean);
  return (
    <main>
      <nav aria-label="Breadcrumb" className="mb-6 text-sm">
        <Link href="/documents" className="text-slate-600 hover:text-ink">
          ← Articles
        </Link>
        <span className="mx-2 text-slate-300">·</span>
        <Link href={`/documents/${document.id}/dashboard`} className="text-accent hover:underline">
          Dashboard of this article
        </Link>
        <span className="mx-2 text-slate-300">·</span>
        <Link href={`/documents/${document.id}/details`} className="text-accent hover:underline">
          {document.role === 'VIEWER' ? 'Details' : 'Edit details'}
        </Link>
      </nav>
      <article lang={document.language}>
        <header className="mb-6 max-w-[68ch] border-b border-slate-200 pb-6">
          <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight sm:text-4xl">{document.title}</h1>
          <p className="mt-3 text-sm text-slate-600">{facts.join(' · ')}</p>
          {document.url && (
            <p className="mt-1 truncate text-sm">
              <a href={document.url} rel="noopener noreferrer nofollow" target="_blank" className="text-accent underline">
                {document.url}
              </a>
            </p>
          )}
        </header>
        <Reader
          documentId={document.id} teamId={document.teamId} text={document.text} user={{ id: user.id, name: user.name }} role={document.role}
          initial={{ paint, tags }}
        />
      </article>
    </main>
  );
}
