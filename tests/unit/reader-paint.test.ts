import { describe, expect, it } from 'vitest';
import { blockHtml, contentRanges, lookFactsOf, looksOf, paintBlocks, runClassOf } from '@/components/reader/paint';
import { layoutBlocks } from '@/lib/anchoring/block-layout';
import { splitBlocks } from '@/lib/corpus/blocks';
import { createSeededRandom } from '@/lib/seeded-random';

const TEXT = [
  'Moscow & Tehran <signed> a "treaty" in January.',
  'What it means',
  '- Sanctions are shared\n- Drones > missiles\n1. A third item',
  'The closing paragraph 🇮🇷 has more words in it than the others, so that highlights overlap here a lot.',
].join('\n\n');

type Tag = { id: string; color: string };
type Highlight = { id: string; start: number; end: number; tagIds: string[] };

/** The browser's way: runs with their highlights' ids, a class per run from the highlights' looks. */
function paintFromIds(text: string, highlights: Highlight[], tags: Tag[]): string[] {
  const looks = looksOf(highlights, new Map(tags.map((tag) => [tag.id, tag.color])));
  const facts = lookFactsOf(looks, tags.map((tag) => tag.color));
  const layouts = layoutBlocks(splitBlocks(text), contentRanges, highlights);
  return layouts.map((layout) => blockHtml(layout, text, (ids) => runClassOf(ids, looks, facts, new Set())));
}

/** The server's way: offsets and colour indexes only. */
function paintFromOffsets(text: string, highlights: Highlight[], tags: Tag[]): string[] {
  const themeColors = [...new Set(tags.map((tag) => tag.color))];
  const colorOf = new Map(tags.map((tag) => [tag.id, themeColors.indexOf(tag.color)]));
  const colored = highlights.flatMap((h) => h.tagIds.map((id) => ({ start: h.start, end: h.end, color: colorOf.get(id)! })));
  return paintBlocks(text, splitBlocks(text), highlights, colored, themeColors);
}

function randomCase(seed: number) {
  const random = createSeededRandom(seed);
  const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'];
  // Two themes may share a colour; one colour is not #rrggbb (dropped from the look).
  const tags: Tag[] = [
    ...palette.map((color, i) => ({ id: `t${i}`, color })),
    { id: 't4', color: palette[1]! },
    { id: 't5', color: 'red' },
  ];
  const count = 1 + Math.floor(random() * 60);
  const highlights: Highlight[] = Array.from({ length: count }, (_, i) => {
    const start = Math.floor(random() * (TEXT.length - 1));
    const end = Math.min(TEXT.length, start + 1 + Math.floor(random() * 80));
    const tagIds = tags.filter(() => random() < 0.25).map((tag) => tag.id);
    return { id: `h${String(i).padStart(3, '0')}`, start, end, tagIds };
  });
  return { highlights, tags };
}

describe('paintBlocks (the server paint)', () => {
  it('gives the same HTML as painting from the runs and their highlights, for any highlights', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { highlights, tags } = randomCase(seed);
      expect(paintFromOffsets(TEXT, highlights, tags), `seed ${seed}`).toEqual(paintFromIds(TEXT, highlights, tags));
    }
  });

  it('escapes the text, keeps every character once, and paints neighbouring runs that look alike as one span', () => {
    const tags = [{ id: 'a', color: '#1f77b4' }];
    // Three highlights on "Moscow & Tehran": two runs under one highlight each (same look) and one under two.
    const highlights = [
      { id: 'x', start: 0, end: 6, tagIds: ['a'] },
      { id: 'y', start: 6, end: 15, tagIds: ['a'] },
      { id: 'z', start: 9, end: 15, tagIds: ['a'] },
    ];
    const [first] = paintFromOffsets(TEXT, highlights, tags);
    expect(first).toContain('&amp;');
    expect(first).toContain('&lt;signed&gt;');
    expect(first).not.toContain('<signed>');
    const spans = [...first!.matchAll(/<span data-s="(\d+)"(?: data-highlights="(\d+)")?[^>]*>([^<]*)<\/span>/g)];
    const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(spans.map((m) => decode(m[3]!)).join('')).toBe(TEXT.slice(0, TEXT.indexOf('\n')));
    for (const m of spans) expect(TEXT.slice(Number(m[1]), Number(m[1]) + decode(m[3]!).length)).toBe(decode(m[3]!));
    // "Moscow " and "& " (one highlight each) are one span; "Tehran" (two) is another.
    expect(spans.map((m) => [decode(m[3]!), m[2] ?? null])).toEqual([
      ['Moscow & ', '1'],
      ['Tehran', '2'],
      [TEXT.slice(15, TEXT.indexOf('\n')), null],
    ]);
  });

  it('writes a list as items without their markers', () => {
    const html = paintFromOffsets(TEXT, [], []);
    expect(html[2]).toBe('<li dir="auto"><span data-s="' + (TEXT.indexOf('Sanctions')) + '">Sanctions are shared</span></li><li dir="auto"><span data-s="' + TEXT.indexOf('Drones') + '">Drones &gt; missiles</span></li><li dir="auto"><span data-s="' + TEXT.indexOf('A third') + '">A third item</span></li>');
  });
});
