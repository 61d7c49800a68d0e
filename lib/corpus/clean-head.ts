import { isTocHeading } from './boilerplate';
import { parseByline, parseLedeDateline, type Byline } from './byline';
import type { IndexedDrop, WorkBlock } from './text-lines';
import { endsWithSentencePunctuation } from './text-patterns';

const MAX_TITLE_LENGTH = 160;

/** The top of an article once its title and byline lines are taken off. */
export type HeadResult = { blocks: WorkBlock[]; title: string | null } & Byline;

/**
 * Takes the title, its duplicate and byline/dateline lines off the top, and reads the date of a
 * dateline opening the lede (which stays in the text: it is part of the first sentence).
 */
export function cleanHead(input: WorkBlock[], drops: IndexedDrop[]): HeadResult {
  let blocks = input;
  const byline: Byline = { author: null, publishedDate: null };
  const takeBylines = (): void => {
    // At most two: a name line and a separate date line.
    for (let taken = 0; taken < 2 && blocks[0]; taken += 1) {
      const parsed = parseByline(blocks[0].text);
      if (!parsed || blocks[0].isList) return;
      byline.author ??= parsed.author;
      byline.publishedDate ??= parsed.publishedDate;
      drops.push({ index: blocks[0].index, text: blocks[0].text, reason: 'dateline' });
      blocks = blocks.slice(1);
    }
  };

  takeBylines();
  let title: string | null = null;
  const [first, second] = blocks;
  if (first && second && first.text === second.text && isShortLine(first)) {
    // A title printed twice (page heading + article heading) is a title even when it ends in "?".
    title = first.text;
    drops.push({ index: first.index, text: first.text, reason: 'title' });
    drops.push({ index: second.index, text: second.text, reason: 'duplicate-title' });
    blocks = blocks.slice(2);
  } else if (first && ((first.role === 'h1' && isShortLine(first)) || isTitleLike(first, blocks.slice(1)))) {
    // A Markdown level-1 heading on top is the title whatever follows it.
    title = first.text;
    drops.push({ index: first.index, text: first.text, reason: 'title' });
    blocks = blocks.slice(1);
  }
  if (title !== null) takeBylines();

  const lede = blocks[0];
  if (lede && byline.publishedDate === null) byline.publishedDate = parseLedeDateline(lede.text);
  return { blocks, title, ...byline };
}

function isShortLine(block: WorkBlock): boolean {
  return !block.isList && block.role !== 'code' && block.text.length <= MAX_TITLE_LENGTH;
}

function isTitleLike(first: WorkBlock, rest: WorkBlock[]): boolean {
  if (!isShortLine(first) || endsWithSentencePunctuation(first.text) || isTocHeading(first.text)) return false;
  // Byline lines between title and lede ("By Jane Doe") do not count as what follows the title.
  let nextIndex = 0;
  while (nextIndex < 2 && rest[nextIndex] && parseByline(rest[nextIndex]?.text ?? '')) nextIndex += 1;
  const next = rest[nextIndex];
  return next !== undefined && !next.isList && next.text.length > first.text.length;
}
