import Link from 'next/link';
import { formatDate, readingMinutes } from '@/lib/format';
import type { DocumentListItem } from '@/lib/server/documents/list-documents';

/** The team's articles: a table on wide screens, cards on phones. */
export function DocumentList({ documents }: { documents: DocumentListItem[] }) {
  return (
    <>
      <table className="hidden w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm md:table">
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Title</th>
            <th scope="col" className="px-4 py-3 font-medium">Outlet</th>
            <th scope="col" className="px-4 py-3 font-medium">Published</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">Length</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {documents.map((document) => (
            <tr key={document.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link href={`/documents/${document.id}`} className="font-medium text-ink hover:text-accent hover:underline">
                  {document.title}
                </Link>
                {document.author && <div className="text-xs text-slate-500">{document.author}</div>}
              </td>
              <td className="px-4 py-3 text-slate-700">{document.outlet ?? <span className="text-slate-400">Unknown</span>}</td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatDate(document.publishedAt)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700">
                {readingMinutes(document.length)} min read
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 md:hidden">
        {documents.map((document) => (
          <li key={document.id}>
            <Link href={`/documents/${document.id}`} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-accent">
              <span className="font-medium">{document.title}</span>
              <span className="mt-1 block text-xs text-slate-500">
                {[document.outlet ?? 'Unknown outlet', document.publishedAt && formatDate(document.publishedAt), `${readingMinutes(document.length)} min read`].filter(Boolean).join(' · ')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
