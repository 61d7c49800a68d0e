import type { DropReason } from './clean-text';
import { isListItem } from './text-patterns';

/** One unit of the article while it is being cleaned: a line, or a run of list-item lines. */
export type WorkBlock = { index: number; text: string; isList: boolean };

/** A removed piece with the position of its first line, so removals can be reported in reading order. */
export type IndexedDrop = { index: number; text: string; reason: DropReason };

/** A non-empty line and its position among the raw lines. */
export type IndexedLine = { index: number; text: string };

// Lines holding only whitespace or invisible format characters (zero-width space, BOM) are blank.
const BLANK = /^[\s\p{Cf}]*$/u;

/**
 * Normalises line endings and a leading BOM, trims each line and keeps the non-empty ones.
 * Leading indentation is trimmed too: in scraped text it is layout from the page, and keeping it
 * would make the same paragraph's canonical form depend on the site's markup.
 */
export function splitLines(raw: string): IndexedLine[] {
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const kept: IndexedLine[] = [];
  lines.forEach((line, index) => {
    if (!BLANK.test(line)) kept.push({ index, text: line.trim() });
  });
  return kept;
}

/**
 * Turns lines into blocks: each line its own block, except that list items following one another
 * (blank lines between them do not matter) form one block joined by single newlines.
 */
export function groupBlocks(lines: IndexedLine[]): WorkBlock[] {
  const blocks: WorkBlock[] = [];
  for (const line of lines) {
    const previous = blocks[blocks.length - 1];
    const isList = isListItem(line.text);
    if (isList && previous?.isList) previous.text += `\n${line.text}`;
    else blocks.push({ index: line.index, text: line.text, isList });
  }
  return blocks;
}
