import { isPageChrome } from './boilerplate';
import { cleanHead } from './clean-head';
import { cleanTail, dropEmptyTocs } from './clean-tail';
import { groupBlocks, splitLines, type IndexedDrop } from './text-lines';

/** Why a piece of the raw text was left out of the canonical text. */
export type DropReason =
  | 'page-chrome'
  | 'duplicate-title'
  | 'empty-toc'
  | 'trailing-boilerplate'
  | 'credit-line'
  | 'dateline'
  | 'title';

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

/**
 * Turns a raw scraped article into canonical text. Pure and deterministic: the same raw text always
 * gives the same canonical text, which is what annotation offsets and content hashes rely on.
 */
export function cleanText(raw: string): CleanResult {
  const drops: IndexedDrop[] = [];
  const lines = splitLines(raw).filter((line) => {
    // Chrome is judged line by line, before grouping, so "Advertisement" inside a list goes too.
    const isChrome = isPageChrome(line.text);
    if (isChrome) drops.push({ ...line, reason: 'page-chrome' });
    return !isChrome;
  });
  const head = cleanHead(groupBlocks(lines), drops);
  const tail = cleanTail(dropEmptyTocs(head.blocks, drops), drops);
  return {
    canonical: tail.blocks.map((block) => block.text).join('\n\n'),
    title: head.title,
    author: head.author,
    publishedDate: head.publishedDate,
    outlet: tail.outlet,
    dropped: drops
      .sort((a, b) => a.index - b.index)
      .map(({ text, reason }) => ({ text, reason })),
  };
}
