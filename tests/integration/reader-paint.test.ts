// The reader page's server paint (lib/server/annotations/reader-paint.ts) against what the browser
// paints once the highlights have loaded (the reader's view expanded, laid out in runs with their
// highlights' ids, components/reader/paint.ts): the same HTML for every block, on an article with
// astral characters, overlapping highlights, several themes (two of one colour), and a highlight
// across two paragraphs; and the toolbar's figures, and the access rule.
import { beforeAll, describe, expect, it } from 'vitest';
import * as annotationsRoute from '@/app/api/documents/[id]/annotations/route';
import { blockHtml, contentRanges, lookFactsOf, looksOf, runClassOf } from '@/components/reader/paint';
import { expandReaderAnnotations, type ReaderAnnotationsBody } from '@/lib/annotations/reader-view';
import { layoutBlocks } from '@/lib/anchoring/block-layout';
import { createOffsetIndex } from '@/lib/anchoring/offsets';
import { splitBlocks } from '@/lib/corpus/blocks';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { paintReader } from '@/lib/server/annotations/reader-paint';
import { listTags } from '@/lib/server/tags/list-tags';
import { createDesk, DESK_TEXT, span, type Desk } from '../support/desk';
import { call } from '../support/http';

let desk: Desk;
let tagIds: string[];

async function post(user: Desk['editor'], needle: string, tags: string[] = []): Promise<void> {
  const res = await call(annotationsRoute.POST, 'POST', { user, params: { id: desk.documentId }, body: { ...span(DESK_TEXT, needle), tagIds: tags } });
  expect(res.status).toBe(201);
}

const tagsOf = (user: Desk['editor']) => listTags({ user, teamId: desk.teamId, archived: 'include' });

/** What the browser paints from GET …/annotations?view=reader, nothing selected. */
async function browserPaint(user: Desk['editor']): Promise<string[]> {
  const res = await call(annotationsRoute.GET, 'GET', { user, params: { id: desk.documentId }, query: { view: 'reader' } });
  expect(res.status).toBe(200);
  const offsets = createOffsetIndex(DESK_TEXT);
  const annotations = expandReaderAnnotations(res.body as ReaderAnnotationsBody, { documentId: desk.documentId, offsets, viewerId: user.id });
  const tags = await tagsOf(user);
  const looks = looksOf(annotations, new Map(tags.map((tag) => [tag.id, tag.color])));
  const facts = lookFactsOf(looks, tags.map((tag) => tag.color));
  const spans = annotations.map((a) => ({ id: a.id, start: offsets.toUtf16(a.start), end: offsets.toUtf16(a.end) }));
  const layouts = layoutBlocks(splitBlocks(DESK_TEXT), contentRanges, spans);
  return layouts.map((layout) => blockHtml(layout, DESK_TEXT, (ids) => runClassOf(ids, looks, facts, new Set())));
}

beforeAll(async () => {
  desk = await createDesk();
  const colors = ['#1f77b4', '#d62728', '#1f77b4']; // two themes share a colour
  tagIds = [];
  // The team's order of themes is by shortcut, then name: Oil (shortcut 1) comes first, so its blue
  // leads the stripes, where by name alone Drones' red would.
  for (const [i, name] of ['Sanctions', 'Drones', 'Oil'].entries()) {
    tagIds.push((await db.tag.create({ data: { teamId: desk.teamId, name, color: colors[i]!, shortcut: name === 'Oil' ? '1' : null }, select: { id: true } })).id);
  }
  await post(desk.editor, '👋🏽 paragraph about Moscow', [tagIds[0]!]);
  await post(desk.editor2, 'paragraph about', [tagIds[1]!, tagIds[2]!]);
  await post(desk.owner, 'Moscow and Tehran.\n\nПривет', []);
  await post(desk.editor, 'Москва! A second', [tagIds[2]!]);
  await post(desk.editor2, 'flag 🇮🇷', [tagIds[1]!]);
  await post(desk.editor, 'flag 🇮🇷 in', [tagIds[1]!]);
});

describe('paintReader', () => {
  it('paints every block as the browser does from the full highlights', async () => {
    const paint = await paintReader({ user: desk.viewer, documentId: desk.documentId });
    expect(paint.blocks).toEqual(await browserPaint(desk.viewer));
    expect(paint.blocks.join('')).toContain('data-highlights="2"');
    expect(paint.rules).toContain('linear-gradient(90deg, #1f77b4 0% 50%, #d62728 50% 100%)');
    // The rules of every look it used, and no other.
    const used = new Set([...paint.blocks.join('').matchAll(/class="hl (hl-[0-9a-z]+)"/g)].map((m) => m[1]!));
    const ruled = new Set([...paint.rules.matchAll(/\.(hl-[0-9a-z]+)\{/g)].map((m) => m[1]!));
    expect(ruled).toEqual(used);
  });

  it('counts what the toolbar shows: highlights, per theme, without a theme, and who highlighted (by name)', async () => {
    const paint = await paintReader({ user: desk.editor, documentId: desk.documentId });
    expect(paint.count).toBe(6);
    expect(new Map(paint.tagCounts)).toEqual(new Map([[tagIds[0]!, 1], [tagIds[1]!, 3], [tagIds[2]!, 2]]));
    expect(paint.untagged).toBe(1);
    expect(paint.analysts).toEqual([{ id: desk.editor.id, name: 'Editor' }, { id: desk.editor2.id, name: 'Editor Two' }, { id: desk.owner.id, name: 'Owner' }]);
  });

  it('follows a theme’s colour when it changes', async () => {
    await db.tag.update({ where: { id: tagIds[0]! }, data: { color: '#2ca02c' } });
    try {
      const paint = await paintReader({ user: desk.editor, documentId: desk.documentId });
      expect(paint.blocks).toEqual(await browserPaint(desk.editor));
      expect(paint.rules).toContain('rgba(44, 160, 44');
    } finally {
      await db.tag.update({ where: { id: tagIds[0]! }, data: { color: '#1f77b4' } });
    }
  });

  it('is not found for someone outside the team', async () => {
    const painting = paintReader({ user: desk.outsider, documentId: desk.documentId });
    await expect(painting).rejects.toBeInstanceOf(AppError);
    await expect(painting).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('paints an article without highlights as plain runs', async () => {
    const other = await createDesk();
    const paint = await paintReader({ user: other.editor, documentId: other.documentId });
    expect(paint).toMatchObject({ count: 0, rules: '', analysts: [], tagCounts: [], untagged: 0 });
    expect(paint.blocks.join('')).not.toContain('data-highlights');
    expect(paint.blocks).toHaveLength(splitBlocks(DESK_TEXT).length);
  });
});
