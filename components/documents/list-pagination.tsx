import Link from 'next/link';
import { listHref, pageCount, type ListState } from '@/lib/documents/list-state';

/** Previous / next links and where the list is; nothing when everything fits on one page. */
export function ListPagination({ state, total, pageSize }: { state: ListState; total: number; pageSize: number }) {
  const last = pageCount(total, pageSize);
  if (last <= 1 && state.page <= 1) return null;
  const from = Math.min(total, (state.page - 1) * pageSize + 1);
  const to = Math.min(total, state.page * pageSize);
  const link = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50';
  return (
    <nav aria-label="Pages" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600">
      <p>
        {from}–{to} of {total} · page {Math.min(state.page, last)} of {last}
      </p>
      <div className="flex gap-2">
        {state.page > 1 ? (
          <Link href={listHref({ ...state, page: Math.min(state.page - 1, last) })} className={link} rel="prev">
            ← Previous
          </Link>
        ) : null}
        {state.page < last ? (
          <Link href={listHref({ ...state, page: state.page + 1 })} className={link} rel="next">
            Next →
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
