import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { DocumentDetailsForm } from '@/components/library/document-details-form';
import { toMetaValues } from '@/components/library/meta-values';
import { requirePageUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { formatDate } from '@/lib/format';
import { canEditTeamContent } from '@/lib/permissions';
import { getDocumentDetails } from '@/lib/server/documents/get-document-details';
import { listSourceNames } from '@/lib/server/documents/list-source-names';

type Props = { params: Promise<{ id: string }> };

const loadDetails = cache(async (id: string) => {
  const user = await requirePageUser(`/documents/${encodeURIComponent(id)}/details`);
  try {
    return { user, document: await getDocumentDetails({ user, documentId: id }) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { document } = await loadDetails((await params).id);
  return { title: `Details: ${document.title}` };
}

export default async function DocumentDetailsPage({ params }: Props) {
  const { user, document } = await loadDetails((await params).id);
  const canEdit = canEditTeamContent(document);
  const sources = canEdit ? await listSourceNames({ user, teamId: document.teamId }) : [];
  const initial = toMetaValues({ ...document, publishedDate: document.publishedAt?.toISOString().slice(0, 10) ?? null });
  return (
    <main className="max-w-3xl">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href={`/documents/${document.id}`} className="text-slate-600 hover:text-ink">
          ← Back to the article
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">Article details</h1>
      <p className="mb-6 text-sm text-slate-600">
        {document.highlights > 0
          ? `The text is locked: ${document.highlights} ${document.highlights === 1 ? 'highlight is' : 'highlights are'} anchored in it. The details below can change.`
          : 'No highlights yet.'}{' '}
        Added {formatDate(document.createdAt)}.
      </p>
      {canEdit ? (
        <DocumentDetailsForm documentId={document.id} title={document.title} initial={initial} sources={sources} highlights={document.highlights} />
      ) : (
        <dl className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[10rem_1fr]">
          {Object.entries({ Title: initial.title, Outlet: initial.source, Author: initial.author, Published: initial.publishedDate, URL: initial.url, Language: initial.language }).map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-600">{label}</dt>
              <dd className="break-words">{value || '—'}</dd>
            </div>
          ))}
        </dl>
      )}
    </main>
  );
}
