import { describe, expect, it } from 'vitest';
import { expandReaderAnnotations, type ReaderAnnotationsBody } from '@/lib/annotations/reader-view';
import { createOffsetIndex } from '@/lib/anchoring/offsets';

const TEXT = 'Intro 👋🏽 about Москва and سلام.';
const offsets = createOffsetIndex(TEXT);
const cp = (needle: string) => {
  const start = Array.from(TEXT.slice(0, TEXT.indexOf(needle))).length;
  return [start, start + Array.from(needle).length] as const;
};

describe('expandReaderAnnotations', () => {
  it('derives the quote from code-point offsets (emoji, Cyrillic, Persian) and shares author objects', () => {
    const at = Date.UTC(2026, 10, 24, 15, 0, 0, 123);
    const body: ReaderAnnotationsBody = {
      view: 'reader',
      users: { u1: 'Ari', u2: 'Sana' },
      annotations: [
        ['a1', ...cp('👋🏽 about'), 'u1', ['t1'], 'Note', 2, at, at + 5, null],
        ['a2', ...cp('Москва'), 'u1', [], '', 1, at, null, null],
        ['a3', ...cp('سلام'), 'u2', [], '', 1, at, null, null],
      ],
    };
    const [a1, a2, a3] = expandReaderAnnotations(body, { documentId: 'd1', offsets, viewerId: 'u2' });
    expect(a1).toMatchObject({ id: 'a1', documentId: 'd1', exact: '👋🏽 about', note: 'Note', version: 2, tagIds: ['t1'], author: { id: 'u1', name: 'Ari' } });
    expect(a1!.createdAt).toBe('2026-11-24T15:00:00.123Z');
    expect(a1!.updatedAt).toBe('2026-11-24T15:00:00.128Z');
    expect(a2!.exact).toBe('Москва');
    expect(a2!.updatedAt).toBe(a2!.createdAt);
    expect(a2!.author).toBe(a1!.author);
    expect(a3).toMatchObject({ exact: 'سلام', author: { id: 'u2', name: 'Sana' }, ratings: { mine: null, others: [], hiddenCount: 0, summary: null } });
  });

  it('summarises only when nothing is hidden, over the viewer’s own rating and the visible others', () => {
    const body: ReaderAnnotationsBody = {
      view: 'reader',
      users: { u1: 'Ari', u2: 'Sana', u3: 'Lee' },
      annotations: [
        ['open', 0, 5, 'u1', [], '', 1, 0, null, [[2, 'Mine.', 1, 0], [['u1', 4, '', 3, 0], ['u3', 6, '', 1, 0]], 0]],
        ['blind', 0, 5, 'u1', [], '', 1, 0, null, [null, [], 2]],
      ],
    };
    const [open, blind] = expandReaderAnnotations(body, { documentId: 'd', offsets, viewerId: 'u2' });
    expect(open!.ratings.mine).toMatchObject({ user: { id: 'u2', name: 'Sana' }, credibility: 2, rationale: 'Mine.' });
    expect(open!.ratings.others.map((r) => [r.user.name, r.credibility])).toEqual([['Ari', 4], ['Lee', 6]]);
    expect(open!.ratings.summary).toMatchObject({ count: 3, judged: 2, cannotJudge: 1, median: 2 });
    expect(blind!.ratings).toEqual({ mine: null, others: [], hiddenCount: 2, summary: null });
  });
});
