import Link from 'next/link';
import { listHref, sortBy, type ListState } from '@/lib/documents/list-state';
import { formatDate, readingMinutes } from '@/lib/format';
import type { DocumentSearchItem } from '@/lib/server/documents/search-documents';
import type { DocumentSort } from '@/lib/validation/documents';

type Props = { documents: DocumentSearchItem[]; state: ListState };

/** The team's articles: a table with sortable columns on wide screens, cards on phones. */
export function DocumentList({ documents, state }: Props) {
  return (
    <>
      <table className="hidden w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm md:table">
        <thead className="bg-slate-50 text-left text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <SortHeader state={state} sort="title" label="Title" />
            <SortHeader state={state} sort="outlet" label="Outlet" />
            <SortHeader state={state} sort="published" label="Published" />
            <SortHeader state={state} sort="added" label="Added" />
            <SortHeader state={state} sort="highlights" label="Highlights" align="right" />
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
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatDate(document.createdAt)}</td>
              <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700">{document.highlights}</td>
              <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums text-slate-700">{readingMinutes(document.length)} min read</td>
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
                {[
                  document.outlet ?? 'Unknown outlet',
                  document.publishedAt && formatDate(document.publishedAt),
                  `${readingMinutes(document.length)} min read`,
                  document.highlights ? `${document.highlights} ${document.highlights === 1 ? 'highlight' : 'highlights'}` : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function SortHeader({ state, sort, label, align = 'left' }: { state: ListState; sort: DocumentSort; label: string; align?: 'left' | 'right' }) {
  const isActive = state.sort === sort;
  const direction = isActive ? (state.order === 'asc' ? 'ascending' : 'descending') : undefined;
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={`px-4 py-3 font-medium ${align === 'right' ? 'text-right' : ''}`}>
      <Link href={listHref(sortBy(state, sort))} className={`inline-flex items-center gap-1 hover:text-ink ${isActive ? 'text-ink' : ''}`}>
        {label}
        <span aria-hidden="true">{isActive ? (state.order === 'asc' ? '▲' : '▼') : ''}</span>
        <span className="sr-only">{isActive ? `, sorted ${direction}` : ', sort'}</span>
      </Link>
    </th>
  );
}
