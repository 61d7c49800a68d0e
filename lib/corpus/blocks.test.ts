import { describe, expect, it } from 'vitest';
import { splitBlocks, type TextBlock } from './blocks';

const PARA = 'The two leaders met in the capital on Friday and discussed trade at length.';

// Rebuilds the text from the blocks' own offsets plus whatever lies between them.
function rebuild(canonical: string, blocks: TextBlock[]): string {
  let text = '';
  let cursor = 0;
  for (const block of blocks) {
    text += canonical.slice(cursor, block.start) + canonical.slice(block.start, block.end);
    cursor = block.end;
  }
  return text + canonical.slice(cursor);
}

describe('splitBlocks', () => {
  it('returns no blocks for empty text', () => {
    expect(splitBlocks('')).toEqual([]);
  });

  it('returns one paragraph for a single block', () => {
    expect(splitBlocks(PARA)).toEqual([{ kind: 'paragraph', start: 0, end: PARA.length, text: PARA }]);
  });

  it('gives offsets such that slice(start, end) is the text and separators are "\\n\\n"', () => {
    const canonical = `Heading\n\n${PARA}\n\n- a\n- b\n\nShort end`;
    const blocks = splitBlocks(canonical);
    expect(blocks.map((b) => [b.kind, b.start, b.end])).toEqual([
      ['heading', 0, 7],
      ['paragraph', 9, 9 + PARA.length],
      ['list', 11 + PARA.length, 18 + PARA.length],
      ['paragraph', 20 + PARA.length, canonical.length],
    ]);
    for (const block of blocks) expect(canonical.slice(block.start, block.end)).toBe(block.text);
    for (const [i, block] of blocks.slice(1).entries()) {
      expect(canonical.slice(blocks[i]?.end, block.start)).toBe('\n\n');
    }
    expect(rebuild(canonical, blocks)).toBe(canonical);
  });

  it('classifies headings: short, unpunctuated and followed by another block', () => {
    const kinds = (text: string): string[] => splitBlocks(text).map((b) => b.kind);
    expect(kinds(`Moscow-Tehran relations\n\n${PARA}`)).toEqual(['heading', 'paragraph']);
    // A short single question reads as a heading (004: "Iran-Israel hostility: A tool for Russia?").
    expect(kinds(`Iran-Israel hostility: A tool for Russia?\n\n${PARA}`)).toEqual(['heading', 'paragraph']);
    expect(kinds(`It rained. Why did it rain?\n\n${PARA}`)).toEqual(['paragraph', 'paragraph']);
    expect(kinds(`${'Why '.repeat(25)}?\n\n${PARA}`)).toEqual(['paragraph', 'paragraph']);
    expect(kinds(`${PARA}\n\nA closing question?`)).toEqual(['paragraph', 'paragraph']);
    expect(kinds(`${PARA}\n\nNo punctuation at the end`)).toEqual(['paragraph', 'paragraph']);
    expect(kinds(`${'word '.repeat(30).trim()}\n\n${PARA}`)).toEqual(['paragraph', 'paragraph']);
    expect(kinds(`He said “enough.”\n\n${PARA}`)).toEqual(['paragraph', 'paragraph']);
    expect(kinds(`روابط ایران و روسیه\n\n${PARA}`)).toEqual(['heading', 'paragraph']);
  });

  it('classifies lists only when every line is a list item', () => {
    expect(splitBlocks(`- a\n• b\n* c\n1. d\n\n${PARA}`)[0]?.kind).toBe('list');
    expect(splitBlocks(`- a\nnot an item\n\n${PARA}`)[0]?.kind).toBe('paragraph');
    expect(splitBlocks('- only item')[0]?.kind).toBe('list');
  });

  it('counts offsets in UTF-16 code units across astral characters and RTL text', () => {
    const canonical = `𝒳 emoji 👩🏽‍💻 and flags 🇮🇷.\n\nروابط ایران و روسیه گسترش یافته است.\n\nМосква 🎉.`;
    const blocks = splitBlocks(canonical);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) expect(canonical.slice(block.start, block.end)).toBe(block.text);
    expect(blocks[1]?.start).toBe(canonical.indexOf('روابط'));
    expect(blocks[2]?.text).toBe('Москва 🎉.');
    expect(rebuild(canonical, blocks)).toBe(canonical);
  });

  it('tolerates runs of more than two newlines without producing empty blocks', () => {
    const canonical = `\n\n${PARA}\n\n\n\n${PARA}\n\n`;
    const blocks = splitBlocks(canonical);
    expect(blocks.map((b) => b.text)).toEqual([PARA, PARA]);
    expect(blocks[1]?.start).toBe(2 + PARA.length + 4);
    expect(rebuild(canonical, blocks)).toBe(canonical);
  });

  it('keeps a single newline inside a block', () => {
    expect(splitBlocks(`line one\nline two`)).toEqual([{ kind: 'paragraph', start: 0, end: 17, text: 'line one\nline two' }]);
  });

  it('handles 10k blocks', () => {
    const canonical = Array.from({ length: 10_000 }, (_, i) => `Paragraph ${i} ends here.`).join('\n\n');
    const blocks = splitBlocks(canonical);
    expect(blocks).toHaveLength(10_000);
    expect(blocks[9_999]?.text).toBe('Paragraph 9999 ends here.');
    expect(blocks.map((b) => b.text).join('\n\n')).toBe(canonical);
  });
});
