'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { listHref, type ListState } from '@/lib/documents/list-state';
import { DOCUMENT_SORTS, type DocumentSort } from '@/lib/validation/documents';

const SORT_LABELS: Record<DocumentSort, string> = {
  title: 'Title',
  outlet: 'Outlet',
  published: 'Published',
  added: 'Added',
  highlights: 'Highlights',
};

/** Search (title, outlet, words of the text) and, on phones, the sort the table headers give on desktop. */
export function DocumentsToolbar({ state }: { state: ListState }) {
  const router = useRouter();
  const id = useId();
  const [q, setQ] = useState(state.q);
  const [isPending, startTransition] = useTransition();
  const go = (next: ListState) => startTransition(() => router.push(listHref(next)));

  return (
    <div className="mb-4 flex flex-wrap items-end gap-3" aria-busy={isPending}>
      <form
        role="search"
        className="flex min-w-0 flex-1 basis-full gap-2 sm:basis-auto"
        onSubmit={(event) => {
          event.preventDefault();
          go({ ...state, q: q.trim(), page: 1 });
        }}
      >
        <label htmlFor={`${id}-q`} className="sr-only">
          Search articles
        </label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={q}
          maxLength={200}
          onChange={(event) => setQ(event.currentTarget.value)}
          placeholder="Search titles, outlets and text"
          className="block w-full min-w-0 max-w-md rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm outline-none focus:border-accent focus:ring-2 focus:ring-accent/30"
        />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
          Search
        </button>
        {state.q && (
          <button
            type="button"
            className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100"
            onClick={() => {
              setQ('');
              go({ ...state, q: '', page: 1 });
            }}
          >
            Clear
          </button>
        )}
      </form>
      <div className="flex items-center gap-2 md:hidden">
        <label htmlFor={`${id}-sort`} className="text-sm text-slate-600">
          Sort
        </label>
        <select
          id={`${id}-sort`}
          value={`${state.sort}:${state.order}`}
          onChange={(event) => {
            const [sort, order] = event.currentTarget.value.split(':') as [DocumentSort, 'asc' | 'desc'];
            go({ ...state, sort, order, page: 1 });
          }}
          className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
        >
          {DOCUMENT_SORTS.flatMap((sort) => [
            <option key={`${sort}:asc`} value={`${sort}:asc`}>
              {SORT_LABELS[sort]} ↑
            </option>,
            <option key={`${sort}:desc`} value={`${sort}:desc`}>
              {SORT_LABELS[sort]} ↓
            </option>,
          ])}
        </select>
      </div>
    </div>
  );
}
