import type { DropReason } from './clean-text';
import { joinWrappedLines } from './soft-wrap';
import { isListItem } from './text-patterns';

/** What a Markdown line was: a title (`# X`), another heading, or a fenced code block. Such lines are blocks of their own. */
export type LineRole = 'h1' | 'heading' | 'code';

/** One unit of the article while it is being cleaned: a paragraph, a heading, a code block or a run of list items. */
export type WorkBlock = { index: number; text: string; isList: boolean; role?: LineRole };

/** A removed piece with the position of its first line, so removals can be reported in reading order. */
export type IndexedDrop = { index: number; text: string; reason: DropReason };

/** A non-empty line and its position among the raw lines. */
export type IndexedLine = {
  index: number;
  text: string;
  /** True when a blank line (or the start of the text) separates it from the line kept before it. */
  breakBefore: boolean;
  /** Leading whitespace of the raw line, before trimming (tells a wrapped list item's continuation). */
  indent: number;
  role?: LineRole;
};

// Lines holding only whitespace or invisible format characters (zero-width space, BOM) are blank.
const BLANK = /^[\s\p{Cf}]*$/u;

/** True for a line holding only whitespace or invisible format characters. */
export function isBlankLine(line: string): boolean {
  return BLANK.test(line);
}

/** The raw lines, with line endings and a leading BOM normalised. */
export function rawLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
}

/** Width of the leading whitespace of a raw line (a tab counts as 4). */
export function indentOf(line: string): number {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  return lead.length + 3 * (lead.split('\t').length - 1);
}

/**
 * Normalises line endings and a leading BOM, trims each line and keeps the non-empty ones.
 * Leading indentation is trimmed too: in scraped text it is layout from the page, and keeping it
 * would make the same paragraph's canonical form depend on the site's markup.
 */
export function splitLines(raw: string): IndexedLine[] {
  const kept: IndexedLine[] = [];
  let breakBefore = true;
  rawLines(raw).forEach((line, index) => {
    if (isBlankLine(line)) breakBefore = true;
    else {
      kept.push({ index, text: line.trim(), breakBefore, indent: indentOf(line) });
      breakBefore = false;
    }
  });
  return kept;
}

/** True when the text separates paragraphs with blank lines (a blank line lies between two non-empty lines). */
export function hasBlankLineSeparators(lines: IndexedLine[]): boolean {
  return lines.some((line, i) => i > 0 && line.breakBefore);
}

/** Removes the lines `isDropped` picks; a blank line before a removed line still separates what is around it. */
export function removeLines(lines: IndexedLine[], isDropped: (line: IndexedLine) => boolean): IndexedLine[] {
  const kept: IndexedLine[] = [];
  let pendingBreak = false;
  for (const line of lines) {
    if (isDropped(line)) pendingBreak ||= line.breakBefore;
    else {
      kept.push(pendingBreak ? { ...line, breakBefore: true } : line);
      pendingBreak = false;
    }
  }
  return kept;
}

/**
 * Turns lines into blocks. List items following one another (blank lines between them do not matter)
 * form one block joined by single newlines. Without `isSoftWrapped` every other line is its own block;
 * with it, lines of one blank-line-separated paragraph are hard wraps and are joined with a space
 * (see joinWrappedLines), and an indented line right under a list item continues that item.
 */
export function groupBlocks(lines: IndexedLine[], isSoftWrapped: boolean): WorkBlock[] {
  const blocks: WorkBlock[] = [];
  let run: IndexedLine[] = [];
  let listIndent = 0;
  const flush = (isLastRun = false): void => {
    blocks.push(...joinWrappedLines(run, isLastRun));
    run = [];
  };
  for (const line of lines) {
    const isList = !line.role && isListItem(line.text);
    const isWrapped = isSoftWrapped && !line.breakBefore && !line.role && !isList;
    if (isWrapped && run.length > 0) {
      run.push(line);
      continue;
    }
    flush();
    const previous = blocks[blocks.length - 1];
    if (isWrapped && previous?.isList && line.indent > listIndent) previous.text += ` ${line.text}`;
    else if (isList && previous?.isList) previous.text += `\n${line.text}`;
    else if (line.role) blocks.push({ index: line.index, text: line.text, isList: false, role: line.role });
    else if (isSoftWrapped && !isList) run = [line];
    else blocks.push({ index: line.index, text: line.text, isList });
    if (isList) listIndent = line.indent;
  }
  flush(true);
  return blocks;
}
