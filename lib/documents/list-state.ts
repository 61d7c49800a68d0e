// The documents list's state lives in the URL (?q=&sort=&order=&page=), so a search can be shared,
// bookmarked and reloaded. Pure: the page reads it, the links and the toolbar write it.
import { DOCUMENT_SORTS, defaultOrder, type DocumentSort } from '@/lib/validation/documents';

/** What the list shows: a search, a sort with its direction, and a page. */
export type ListState = { q: string; sort: DocumentSort; order: 'asc' | 'desc'; page: number };

export const DEFAULT_LIST_STATE: ListState = { q: '', sort: 'published', order: 'desc', page: 1 };

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** Reads the URL leniently: a value that makes no sense falls back to the default rather than an error page. */
export function readListState(params: Params): ListState {
  const sortParam = first(params.sort);
  const sort = (DOCUMENT_SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as DocumentSort) : DEFAULT_LIST_STATE.sort;
  const orderParam = first(params.order);
  const order = orderParam === 'asc' || orderParam === 'desc' ? orderParam : defaultOrder(sort);
  const page = Number(first(params.page));
  const q = (first(params.q) ?? '').trim().slice(0, 200);
  return { q, sort, order, page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1 };
}

/** `/documents?…` for a state, leaving defaults out so the plain list stays `/documents`. */
export function listHref(state: ListState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== DEFAULT_LIST_STATE.sort) params.set('sort', state.sort);
  if (state.order !== defaultOrder(state.sort)) params.set('order', state.order);
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `/documents?${query}` : '/documents';
}

/** The state after clicking a column: the same column flips its order, another starts in its natural order. Back to page 1. */
export function sortBy(state: ListState, sort: DocumentSort): ListState {
  const order = state.sort === sort ? (state.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort);
  return { ...state, sort, order, page: 1 };
}

/** The last page for a total (at least 1). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
