import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_STATE, listHref, pageCount, readListState, sortBy } from './list-state';

describe('readListState', () => {
  it('defaults to newest published first, page 1, no search', () => {
    expect(readListState({})).toEqual(DEFAULT_LIST_STATE);
  });

  it('reads a search, a sort, an order and a page', () => {
    expect(readListState({ q: '  drones ', sort: 'title', order: 'desc', page: '3' })).toEqual({ q: 'drones', sort: 'title', order: 'desc', page: 3 });
  });

  it('gives each sort its natural order when none is given', () => {
    expect(readListState({ sort: 'title' }).order).toBe('asc');
    expect(readListState({ sort: 'outlet' }).order).toBe('asc');
    expect(readListState({ sort: 'highlights' }).order).toBe('desc');
    expect(readListState({ sort: 'added' }).order).toBe('desc');
  });

  it('falls back to defaults for nonsense instead of failing', () => {
    expect(readListState({ sort: 'length', order: 'up', page: '-2' })).toEqual(DEFAULT_LIST_STATE);
    expect(readListState({ page: '1.5' }).page).toBe(1);
    expect(readListState({ page: 'abc' }).page).toBe(1);
    expect(readListState({ q: ['a', 'b'] }).q).toBe('a');
    expect(readListState({ q: 'x'.repeat(500) }).q).toHaveLength(200);
  });
});

describe('listHref', () => {
  it('leaves defaults out', () => {
    expect(listHref(DEFAULT_LIST_STATE)).toBe('/documents');
    expect(listHref({ ...DEFAULT_LIST_STATE, sort: 'title', order: 'asc' })).toBe('/documents?sort=title');
  });

  it('encodes the search and keeps a non-default order and page', () => {
    expect(listHref({ q: 'Iran & Russia', sort: 'title', order: 'desc', page: 2 })).toBe('/documents?q=Iran+%26+Russia&sort=title&order=desc&page=2');
  });

  it('round-trips through readListState', () => {
    const state = { q: 'тегеран 100%', sort: 'highlights' as const, order: 'asc' as const, page: 4 };
    const params = Object.fromEntries(new URL(`http://x${listHref(state)}`).searchParams);
    expect(readListState(params)).toEqual(state);
  });
});

describe('sortBy and pageCount', () => {
  it('flips the order of the current column and starts another in its natural order, on page 1', () => {
    const state = { q: 'x', sort: 'title' as const, order: 'asc' as const, page: 3 };
    expect(sortBy(state, 'title')).toEqual({ q: 'x', sort: 'title', order: 'desc', page: 1 });
    expect(sortBy(state, 'highlights')).toEqual({ q: 'x', sort: 'highlights', order: 'desc', page: 1 });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
  });
});
