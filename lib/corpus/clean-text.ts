import { isPageChrome } from './boilerplate';
import { cleanHead } from './clean-head';
import { cleanTail, dropEmptyTocs, dropLinkLines } from './clean-tail';
import { readMarkdown } from './markdown';
import { reduceBlockMarkup } from './markdown-inline';
import { groupBlocks, hasBlankLineSeparators, removeLines, splitLines, type IndexedDrop, type WorkBlock } from './text-lines';

/** Why a piece of the raw text was left out of the canonical text. */
export type DropReason =
  | 'page-chrome'
  | 'duplicate-title'
  | 'empty-toc'
  | 'trailing-boilerplate'
  | 'credit-line'
  | 'dateline'
  | 'title'
  /** Markdown with no text of its own: an image, a horizontal rule, a link definition, front matter. */
  | 'markup';

/** A piece of the raw text left out of the canonical text, shown in the import preview. */
export type DroppedBlock = { text: string; reason: DropReason };

/** The canonical text of a scraped article plus the facts read from the furniture around it. */
export type CleanResult = {
  /** The text analysts annotate: blocks separated by one blank line, list items by one newline. */
  canonical: string;
  /** A title line found at the top (and removed from `canonical`), else null. */
  title: string | null;
  /** The author named by a byline/dateline line, else null. */
  author: string | null;
  /** 'YYYY-MM-DD' stated by a byline or by a dateline opening the lede, else null. */
  publishedDate: string | null;
  /** The outlet named by a closing credit line ("Source » X", "courtesy : X"), else null. */
  outlet: string | null;
  /** Everything removed, in reading order. */
  dropped: DroppedBlock[];
};

/** How the raw text is written: plain text (the default) or Markdown. */
export type TextFormat = 'markdown' | 'text';

export type CleanOptions = { format?: TextFormat };

/** The format of a file to import, from its name: ".md"/".markdown" are Markdown, anything else plain text. */
export function formatForFileName(name: string): TextFormat {
  return /\.(?:md|markdown)$/i.test(name.trim()) ? 'markdown' : 'text';
}

/**
 * Turns a raw scraped article into canonical text. Pure and deterministic: the same raw text always
 * gives the same canonical text, which is what annotation offsets and content hashes rely on.
 *
 * When the raw text separates paragraphs with blank lines, the single newlines inside a paragraph
 * are hard wraps and are joined with spaces (list items stay one per line); when it has no blank
 * line at all, each line is a paragraph. With `format: 'markdown'` the Markdown markup is reduced
 * to its text first (see markdown.ts and markdown-inline.ts).
 */
export function cleanText(raw: string, options: CleanOptions = {}): CleanResult {
  const { kept, drops, ...facts } = cleanToBlocks(raw, options);
  return {
    canonical: kept.map((block) => block.text).join('\n\n'),
    ...facts,
    dropped: drops.map(({ text, reason }) => ({ text, reason })),
  };
}

/** The cleaning's working result: kept blocks and drops, each with the raw line it starts on. */
export type CleanBlocks = Omit<CleanResult, 'canonical' | 'dropped'> & {
  /** The canonical text's blocks, in order (`canonical` is their texts joined by a blank line). */
  kept: WorkBlock[];
  /** Everything removed, sorted by raw line. */
  drops: IndexedDrop[];
};

/** cleanText before its blocks are joined: what the import preview lays out (see review.ts). */
export function cleanToBlocks(raw: string, options: CleanOptions = {}): CleanBlocks {
  const drops: IndexedDrop[] = [];
  const plainLines = splitLines(raw);
  const isMarkdown = options.format === 'markdown';
  const lines = removeLines(isMarkdown ? readMarkdown(raw, drops) : plainLines, (line) => {
    // Chrome is judged line by line, before grouping, so "Advertisement" inside a list goes too.
    const isChrome = line.role !== 'code' && isPageChrome(line.text);
    if (isChrome) drops.push({ index: line.index, text: line.text, reason: 'page-chrome' });
    return isChrome;
  });
  const grouped = groupBlocks(lines, hasBlankLineSeparators(plainLines));
  const head = cleanHead(isMarkdown ? reduceBlockMarkup(grouped, drops) : grouped, drops);
  const tail = cleanTail(dropEmptyTocs(dropLinkLines(head.blocks, drops), drops), drops);
  return {
    kept: tail.blocks,
    title: head.title,
    author: head.author,
    publishedDate: head.publishedDate,
    outlet: tail.outlet,
    drops: drops.sort((a, b) => a.index - b.index),
  };
}
